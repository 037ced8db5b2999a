#!/usr/bin/env python3
"""Generates realistic deadlined configurations for benchmarks and scale tests.

generate.py OUT_DIR N [--files K | --one-file] [--directive-size D] [--overdue] [--seed S]
            [--taskwarrior FILE] [--remind FILE]

Writes OUT_DIR/deadlined.yaml (settings and an include of assignments.d/*.yaml) and K
drop-in files holding N assignments in all, grouped in directives of 20-60 assignments:
60 agencies with Vietnamese names, ~80-character Vietnamese tasks, every due-date form,
every status. With --overdue every item is unfinished and overdue (for burst tests).
--one-file writes the N assignments into deadlined.yaml itself, after its settings, as an
office that keeps one file would (no include, no drop-ins); --directive-size D makes every
directive D assignments long (the last one what is left) instead of 20-60.

--taskwarrior FILE also writes the same items as `task import` JSON (one object a line:
description = task, UDA `agency`, project = directive id, due = the deadline's last second,
status pending/completed with `end` = completed); --remind FILE writes one line per item for
remind (REM lines for pending items with a deadline, comments for done and regular work).
The YAML written is the same with or without them (the random sequence is not touched).
"""
import argparse, json, os, random, sys, uuid

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

class Peers:
    """The equivalent data for taskwarrior and remind, derived from each generated item."""
    def __init__(self, tw_path, rem_path):
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        import vndue
        for p in (tw_path, rem_path):
            if p and os.path.dirname(p):
                os.makedirs(os.path.dirname(p), exist_ok=True)
        self.vndue, self.zone = vndue, vndue.Zone()
        self.tw = open(tw_path, "w") if tw_path else None
        self.rem = open(rem_path, "w") if rem_path else None
        if self.rem:
            self.rem.write("# deadlined bench: one line per item\n")

    def utc(self, t):
        import time
        return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(t))

    def item(self, n, directive, agency, task, due, st):
        done = "done" in st or "hoàn thành" in st
        ongoing = "thường xuyên" in st
        parsed = self.vndue.parse(due) if due and not ongoing else None
        if self.tw:
            o = {"uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, f"deadlined-bench/nv-{n}")), "description": task,
                 "agency": agency, "project": directive, "entry": "20240102T000000Z",
                 "status": "completed" if done else "pending"}
            if parsed:
                o["due"] = self.utc(self.zone.overdue_at(parsed) - 1)
            if done:
                c = st.split("completed:", 1)[1].strip()
                o["end"] = self.utc(self.zone.completed_at(self.vndue.parse(c)))
            self.tw.write(json.dumps(o, ensure_ascii=False) + "\n")
        if self.rem:
            if done or ongoing or not parsed:
                self.rem.write(f"# nv-{n} {'done' if done else 'ongoing'}: {agency}: {task}\n")
            else:
                kind, (y, m, d), hms = parsed
                at = f" AT {hms[0]:02d}:{hms[1]:02d}" if kind == "time" else ""
                self.rem.write(f"REM {d} {MONTHS[m-1]} {y}{at} MSG nv-{n} {agency}: {task}\n")

    def close(self):
        for f in (self.tw, self.rem):
            if f: f.close()

AGENCIES = [
    "Sở Tài chính", "Sở Tư pháp", "Sở LĐTB&XH", "Sở TN&MT", "Bảo hiểm xã hội tỉnh", "Sở TT&TT",
    "Sở Nội vụ", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư",
    "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương", "Sở Nông nghiệp và PTNT", "Sở Khoa học và Công nghệ",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ", "Thanh tra tỉnh", "Ban Dân tộc tỉnh", "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh", "Cục Thuế tỉnh", "Kho bạc Nhà nước tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh",
    "Cục Hải quan", "Cục Thống kê tỉnh", "Ban Quản lý KKT Đông Nam", "Đài Phát thanh và Truyền hình tỉnh",
    "Báo Nghệ An", "Trường Chính trị tỉnh", "Liên minh Hợp tác xã tỉnh", "Hội Nông dân tỉnh",
    "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "UBND thành phố Vinh", "UBND thị xã Cửa Lò", "UBND thị xã Thái Hòa",
    "UBND thị xã Hoàng Mai", "UBND huyện Diễn Châu", "UBND huyện Quỳnh Lưu", "UBND huyện Yên Thành",
    "UBND huyện Nghi Lộc", "UBND huyện Hưng Nguyên", "UBND huyện Nam Đàn", "UBND huyện Thanh Chương",
    "UBND huyện Đô Lương", "UBND huyện Anh Sơn", "UBND huyện Con Cuông", "UBND huyện Tương Dương",
    "UBND huyện Kỳ Sơn", "UBND huyện Quế Phong", "UBND huyện Quỳ Châu", "UBND huyện Quỳ Hợp",
    "UBND huyện Nghĩa Đàn", "UBND huyện Tân Kỳ", "UBND huyện Tân Kỳ (Phòng Tư pháp)", "Viễn thông Nghệ An",
    "Bưu điện tỉnh", "Trung tâm Phục vụ hành chính công tỉnh",
]
VERBS = ["Rà soát, hoàn thiện", "Tham mưu xây dựng", "Triển khai thực hiện", "Làm sạch dữ liệu", "Số hóa hồ sơ",
         "Tổ chức kiểm tra", "Báo cáo kết quả", "Đẩy mạnh tuyên truyền", "Kết nối, chia sẻ dữ liệu", "Đánh giá, xếp hạng"]
OBJECTS = ["thủ tục hành chính trên Cổng dịch vụ công quốc gia", "cơ sở dữ liệu quốc gia về dân cư",
           "mô hình điểm thực hiện Đề án 06/CP", "hệ thống thông tin giải quyết TTHC của tỉnh",
           "tài khoản định danh điện tử cho người dân", "chỉ số cải cách hành chính năm 2024",
           "kinh phí thực hiện các nhiệm vụ chuyển đổi số", "dịch vụ công trực tuyến toàn trình"]
STATUSES = ["", "status: in_progress", "status: đang triển khai", "status: not_started", "status: done\n        completed: {c}",
            "status: hoàn thành\n        completed: {c}", "status: thường xuyên"]

def due_forms(rng, y):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    forms = [f"{d}/{m}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}-{m}-{y}", f"{y}-{m:02d}-{d:02d}", f"trước ngày {d}/{m}/{y}",
             f"17:00 {d}/{m}/{y}", f"tháng {m}/{y}", f"Quý {['I','II','III','IV'][(m-1)//3]}/{y}",
             f"6 tháng đầu năm {y}", f"năm {y}", f"hoàn thành trước ngày {d}/{m}/{y}"]
    return rng.choice(forms), f"{min(d+3,28)}/{m}/{y}"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out"); ap.add_argument("n", type=int)
    ap.add_argument("--files", type=int, default=10); ap.add_argument("--overdue", action="store_true")
    ap.add_argument("--seed", type=int, default=6)
    ap.add_argument("--one-file", action="store_true"); ap.add_argument("--directive-size", type=int)
    ap.add_argument("--taskwarrior", metavar="FILE"); ap.add_argument("--remind", metavar="FILE")
    a = ap.parse_args()
    peers = Peers(a.taskwarrior, a.remind) if a.taskwarrior or a.remind else None
    rng = random.Random(a.seed)
    settings = ("settings:\n  timezone: Asia/Ho_Chi_Minh\n  language: vi\n  remind_before: [7d, 1d]\n"
                "  repeat_overdue: 1d\n  escalate_after: 30d\n")
    if a.one_file:
        os.makedirs(a.out, exist_ok=True)
        files = [(os.path.join(a.out, "deadlined.yaml"), settings)]
    else:
        os.makedirs(os.path.join(a.out, "assignments.d"), exist_ok=True)
        with open(os.path.join(a.out, "deadlined.yaml"), "w") as f:
            f.write(settings + "include: [assignments.d/*.yaml]\n")
        files = [(os.path.join(a.out, "assignments.d", f"office-{fi:04d}.yaml"), "") for fi in range(a.files)]
    per_file = (a.n + len(files) - 1) // len(files)
    n = 0; k = 0
    for path, head in files:
        with open(path, "w") as f:
            f.write(head + "directives:\n")
            left = min(per_file, a.n - n)
            while left > 0:
                size = min(left, a.directive_size or rng.randint(20, 60))
                k += 1
                f.write(f"  - id: kh-{k}\n    title: \"Kế hoạch thực hiện Đề án 06/CP số {k}\"\n"
                        f"    reference: \"Kế hoạch số {k}/KH-UBND\"\n    issued: 2/1/2024\n    assignments:\n")
                for _ in range(size):
                    n += 1
                    agency = rng.choice(AGENCIES)
                    task = f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} theo chỉ đạo của UBND tỉnh, đợt {n}"
                    if a.overdue:
                        due, st = f"{rng.randint(1,28)}/{rng.randint(1,12)}/2024", "status: in_progress"
                    else:
                        due, comp = due_forms(rng, rng.choice([2024, 2025, 2026, 2027]))
                        st = rng.choice(STATUSES).format(c=comp)
                    f.write(f"      - id: nv-{n}\n        agency: \"{agency}\"\n        task: \"{task}\"\n")
                    if "thường xuyên" not in st:
                        f.write(f"        due: {due}\n")
                    if st:
                        f.write(f"        {st}\n")
                    if peers:
                        peers.item(n, f"kh-{k}", agency, task, due, st)
                left -= size
    if peers:
        peers.close()
    print(f"{n} assignments in {len(files)} files under {a.out}")

if __name__ == "__main__":
    main()
