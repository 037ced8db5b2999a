// Generated from data/holidays.tsv by data/embed-holidays.sh (`make holiday-data`): edit the
// data file, not this one. HolidayDataTests checks that the two agree.
enum BuiltInHolidayData {
    static let tsv = #"""
        # Holiday decisions built into deadlined: the days off the Government actually fixed, by year
        # and occasion, for state agencies (cán bộ, công chức, viên chức). An occasion not listed for a
        # year gets the rule-based default (see HolidayCalendar.swift). Compiled into the binary: after
        # editing this file run `make holiday-data` (a test fails while the embedded copy differs).
        # An office adds a newer decision without a release in /etc/deadlined/holidays.d/*.yaml.
        #
        # One decision per line, five fields separated by tabs:
        #   year      the year the occasion belongs to
        #   occasion  new_year, tet, hung_kings, reunification_labour_day, national_day, culture_day
        #   off       every day of the break, weekends included: dates (YYYY-MM-DD) or ranges
        #             (YYYY-MM-DD..YYYY-MM-DD), separated by commas
        #   swaps     - or OFF>WORKING pairs separated by commas: the weekday given off and the
        #             Saturday worked for it (hoán đổi ngày làm việc)
        #   source    the announcement, for people to check against; document numbers only where checked
        #
        # 2020 (Labour Code 2012: Quốc khánh is 2/9 only). Tết confirmed by provincial re-publications of
        # the MOLISA announcement; the other occasions had no swap and follow the statutory days.
        # Confidence: high for Tết, good for the rest.
        2020	new_year	2020-01-01	-	Bộ luật Lao động 2012 art. 115; no swap announced for 2020
        2020	tet	2020-01-23..2020-01-29	-	Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch 2020 (29 Chạp Kỷ Hợi - mùng 5 Canh Tý)
        2020	hung_kings	2020-04-02	-	Bộ luật Lao động 2012 art. 115; Thursday 2/4/2020, no swap
        2020	reunification_labour_day	2020-04-30..2020-05-03	-	Bộ luật Lao động 2012 art. 115; Thursday-Friday, no swap
        2020	national_day	2020-09-02	-	Bộ luật Lao động 2012 art. 115: 2/9 only (Wednesday)
        #
        # 2021, the first year of the Labour Code 2019. Confidence: high.
        2021	new_year	2021-01-01..2021-01-03	-	Bộ luật Lao động 2019 art. 112; Friday, no swap
        2021	tet	2021-02-10..2021-02-16	-	Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và Quốc khánh 2021 (29 Chạp Canh Tý - mùng 5 Tân Sửu)
        2021	hung_kings	2021-04-21	-	Bộ luật Lao động 2019 art. 112; Wednesday, no swap
        2021	reunification_labour_day	2021-04-30..2021-05-03	-	Bộ luật Lao động 2019 art. 111(3), 112: 1/5 on Saturday, nghỉ bù Monday 3/5
        2021	national_day	2021-09-02..2021-09-05	-	Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và Quốc khánh 2021: 2/9 and 3/9
        #
        # 2022. Confidence: high.
        2022	new_year	2022-01-01..2022-01-03	-	Bộ luật Lao động 2019 art. 111(3): 1/1 on Saturday, nghỉ bù Monday 3/1
        2022	tet	2022-01-29..2022-02-06	-	Văn phòng Chính phủ, công văn số 245 ngày 11/1/2022 (ý kiến Phó Thủ tướng Vũ Đức Đam): 5 days 31/1-4/2 plus both weekends
        2022	hung_kings	2022-04-11	-	Bộ luật Lao động 2019 art. 111(3): 10/4 on Sunday, nghỉ bù Monday 11/4
        2022	reunification_labour_day	2022-04-30..2022-05-03	-	Bộ luật Lao động 2019 art. 111(3): Saturday-Sunday, nghỉ bù 2/5 and 3/5
        2022	national_day	2022-09-01..2022-09-04	-	Thông báo của Bộ LĐTBXH về nghỉ Quốc khánh 2022: 1/9 and 2/9
        #
        # 2023. Confidence: high.
        2023	new_year	2022-12-31..2023-01-02	-	Bộ luật Lao động 2019 art. 111(3): 1/1 on Sunday, nghỉ bù Monday 2/1
        2023	tet	2023-01-20..2023-01-26	-	Văn phòng Chính phủ, công văn số 8056/VPCP-KGVX ngày 1/12/2022
        2023	hung_kings	2023-05-02	-	Bộ luật Lao động 2019 art. 111(3): 29/4 on Saturday, nghỉ bù Tuesday 2/5
        2023	reunification_labour_day	2023-05-01,2023-05-03	-	Bộ luật Lao động 2019 art. 111(3): 30/4 on Sunday, nghỉ bù Wednesday 3/5 (break 29/4-3/5)
        2023	national_day	2023-09-01..2023-09-04	-	Văn phòng Chính phủ, công văn số 8056/VPCP-KGVX ngày 1/12/2022: 1/9 and 2/9, nghỉ bù Monday 4/9
        #
        # 2024. Confidence: high.
        2024	new_year	2024-01-01	-	Bộ luật Lao động 2019 art. 112; Monday, no swap
        2024	tet	2024-02-08..2024-02-14	-	Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023
        2024	hung_kings	2024-04-18	-	Bộ luật Lao động 2019 art. 112; Thursday, no swap
        2024	reunification_labour_day	2024-04-27..2024-05-01	2024-04-29>2024-05-04	Thủ tướng đồng ý hoán đổi ngày làm việc (chinhphu.vn, 20/4/2024; Văn phòng Chính phủ, công văn số 2450/VPCP-KGVX): off 27/4-1/5, Saturday 4/5 worked for Monday 29/4
        2024	national_day	2024-08-31..2024-09-03	-	Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023: 2/9 and 3/9
        #
        # 2025. Confidence: high.
        2025	new_year	2025-01-01	-	Bộ luật Lao động 2019 art. 112; Wednesday, no swap
        2025	tet	2025-01-25..2025-02-02	-	Văn phòng Chính phủ, công văn số 8726/VPCP-KGVX ngày 26/11/2024; Thông báo số 6150/TB-BLĐTBXH
        2025	hung_kings	2025-04-07	-	Bộ luật Lao động 2019 art. 112; Monday, no swap
        2025	reunification_labour_day	2025-04-30..2025-05-04	2025-05-02>2025-04-26	Văn phòng Chính phủ, công văn số 8726/VPCP-KGVX ngày 26/11/2024: off 30/4-4/5, Saturday 26/4 worked for Friday 2/5
        2025	national_day	2025-08-30..2025-09-02	-	Văn phòng Chính phủ, công văn số 8726/VPCP-KGVX ngày 26/11/2024: 1/9 and 2/9
        #
        # 2026. New Year: the 4-day break confirmed twice, the Saturday worked (10/1) by one report.
        # Tết: confidence high (several reports). Giỗ Tổ and 30/4-1/5: no swap known, the statute
        # applies. Quốc khánh: the published schedule (thuvienphapluat.vn, cited by the python
        # `holidays` package); its document number not verified here. Ngày Văn hóa Việt Nam: from the
        # resolutions, no swap known.
        2026	new_year	2026-01-01..2026-01-04	2026-01-02>2026-01-10	Văn phòng Chính phủ, văn bản số 12729/VPCP-KGVX ngày 25/12/2025: off 1/1-4/1, Saturday 10/1 worked for Friday 2/1
        2026	tet	2026-02-14..2026-02-22	-	Thủ tướng đồng ý phương án của Bộ Nội vụ: 27 Chạp Ất Tỵ - mùng 6 Bính Ngọ (weekdays 16/2-20/2)
        2026	hung_kings	2026-04-27	-	Bộ luật Lao động 2019 art. 111(3): 26/4 on Sunday, nghỉ bù Monday 27/4; no swap known
        2026	reunification_labour_day	2026-04-30..2026-05-03	-	Bộ luật Lao động 2019 art. 112; Thursday-Friday, no swap known
        2026	national_day	2026-08-29..2026-09-02	2026-08-31>2026-08-22	Lịch nghỉ lễ Quốc khánh 2026 cho cán bộ, công chức, viên chức (thuvienphapluat.vn, 8/2026): off 29/8-2/9, Saturday 22/8 worked for Monday 31/8
        2026	culture_day	2026-11-24	-	Nghị quyết số 80-NQ/TW của Bộ Chính trị (1/2026), Nghị quyết số 30/NQ-CP (2/2026): 24/11 a day off with full pay; Tuesday, no swap known

        """#
}
