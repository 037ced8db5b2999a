# deadlined: `make run` and `make test` do all the set-up on a fresh Debian 12 machine.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= config/deadlined.yaml
STATE ?= .state
APT_PACKAGES = libsystemd-dev libyaml-dev libxlsxwriter-dev pkg-config systemd-container python3 python3-openpyxl faketime chromium poppler-utils man-db groff-base mandoc systemd-journal-remote openssl libcurl4-openssl-dev exim4-daemon-light \
  debhelper dpkg-dev fakeroot lintian
SWIFTFLAGS = -Xswiftc -warnings-as-errors

.PHONY: all deps build release run test unit-test e2e fuzz bench bench-quick bench-province install uninstall clean format format-check \
  man man-check man-generate

all: build

# Installs the Debian packages the build and the tests need, when they are missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "missing Debian packages:$$missing (run: sudo apt-get install$$missing)" >&2; exit 1; fi; \
	fi
	@# icalendar reads exports back in the tests: Debian's package for Debian's python3 (pip
	@# refuses there, PEP 668), pip for another python3 first on PATH (pyenv, a venv).
	@python3 -c 'import icalendar' 2>/dev/null || { \
	  if [ "$$(python3 -c 'import sys; print(sys.prefix)')" = /usr ]; then \
	    if [ "$$(id -u)" = 0 ]; then echo "installing: python3-icalendar"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-icalendar >/dev/null; \
	    else echo "missing Debian package: python3-icalendar (run: sudo apt-get install python3-icalendar)" >&2; exit 1; fi; \
	  else python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore icalendar; fi; }
	@# openpyxl reads the Excel output back in xlsx-check: as icalendar above, Debian's package
	@# for Debian's python3, pip for another python3 first on PATH.
	@python3 -c 'import openpyxl' 2>/dev/null || { \
	  if [ "$$(python3 -c 'import sys; print(sys.prefix)')" = /usr ]; then \
	    if [ "$$(id -u)" = 0 ]; then echo "installing: python3-openpyxl"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-openpyxl >/dev/null; \
	    else echo "missing Debian package: python3-openpyxl (run: sudo apt-get install python3-openpyxl)" >&2; exit 1; fi; \
	  else python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore openpyxl; fi; }
	@# The python `holidays` package, pinned, for holiday-check: in a venv under the repo (PEP 668
	@# keeps pip off Debian's python; Debian's python3-holidays is far too old). Nothing is
	@# fetched when the right version is there; offline, a warning, and holiday-check says why.
	@$(HOLIDAYS_VENV)/bin/python -c 'import sys, holidays; sys.exit(holidays.__version__ != "$(HOLIDAYS_VERSION)")' 2>/dev/null || { \
	  echo "installing: holidays==$(HOLIDAYS_VERSION) into $(HOLIDAYS_VENV)"; \
	  { python3 -m venv $(HOLIDAYS_VENV) && $(HOLIDAYS_VENV)/bin/python -m pip install --quiet --disable-pip-version-check holidays==$(HOLIDAYS_VERSION); } \
	  || echo "warning: could not install holidays==$(HOLIDAYS_VERSION) (offline? on Debian's python3, python3-venv is needed)" >&2; }


build: deps
	$(SWIFT) build $(SWIFTFLAGS)

release: deps
	$(SWIFT) build -c release --static-swift-stdlib $(SWIFTFLAGS)

# Runs the daemon in the foreground on the shipped example config; alerts go to the terminal.
run: build
	@mkdir -p -m 0700 $(STATE)
	$$($(SWIFT) build --show-bin-path)/deadlined check --config $(CONFIG)
	exec $$($(SWIFT) build --show-bin-path)/deadlined run --config $(CONFIG) --state-dir $(STATE) --log-target console

unit-test: deps
	$(SWIFT) build --build-tests $(SWIFTFLAGS)
	$(SWIFT) test --skip-build

FUZZ_SECONDS ?= 60

test: format-check unit-test man-check holiday-check xlsx-check report-check fuzz deb-check e2e

HOLIDAYS_VENV = .build-venv
HOLIDAYS_VERSION = 0.109

.PHONY: holiday-check holiday-data report-check

# The HTML report printed by headless chromium, its PDF read back by pdftotext and pdfinfo.
report-check: build
	bash Tests/report/html-check.sh $$($(SWIFT) build --show-bin-path)/deadlined

# deadlined's holiday calendar against the python `holidays` package, 2020 through next year;
# every difference must be listed with its reason in Tests/holidays/crosscheck.py.
holiday-check: build
	@$(HOLIDAYS_VENV)/bin/python -c 'import holidays' 2>/dev/null || { \
	  echo "holiday-check: no holidays package in $(HOLIDAYS_VENV) (make deps installs it from PyPI)" >&2; exit 1; }
	$(HOLIDAYS_VENV)/bin/python Tests/holidays/crosscheck.py $$($(SWIFT) build --show-bin-path)/deadlined

.PHONY: xlsx-check

# `report` and `list --format xlsx` read back with openpyxl: sheets, headers, date cells,
# frozen rows and the figures of Tests/report/xlsx/deadlined.yaml, worked out by hand.
xlsx-check: build
	python3 Tests/report/xlsx_check.py $$($(SWIFT) build --show-bin-path)/deadlined

# Compiles data/holidays.tsv, the built-in holiday decisions, into the binary.
holiday-data:
	sh data/embed-holidays.sh

# The end-to-end test in a real systemd; skipped loudly when not root (mandatory with CI=true).
e2e: deps
	@bash Tests/e2e/run.sh

SWIFT_FORMAT ?= $(shell command -v swift-format 2>/dev/null || echo /opt/swift/usr/bin/swift-format)
FORMAT_PATHS = Package.swift Sources Tests fuzz/Package.swift fuzz/Sources

# Formats every Swift file with the toolchain's swift-format and .swift-format.
format:
	$(SWIFT_FORMAT) format --in-place --recursive --parallel $(FORMAT_PATHS)

# Fails, naming the files, when `make format` would change any (part of `make test`).
format-check:
	@bad=""; for f in $$(find $(FORMAT_PATHS) -name '*.swift' -not -path '*/.build*' | sort); do \
	  $(SWIFT_FORMAT) format "$$f" | cmp -s - "$$f" || bad="$$bad $$f"; done; \
	if [ -n "$$bad" ]; then echo "not formatted (run make format):$$bad" >&2; exit 1; fi; \
	echo "format-check: every Swift file is formatted"

# deadlined(8) comes from the command definitions: swift-argument-parser's generate-manual
# plugin (offline, writing under .build only) makes it from the debug build, and its generic
# EXIT STATUS section gives way to man/deadlined.8.tail. deadlined.yaml(5) is written by hand.
# MAN_DATE is the date the pages carry (fixed, so that the page is the same at every run).
MAN_DATE = 2026-11-30
MAN8_PLUGIN_OUT = .build/plugins/GenerateManual/outputs/deadlined/deadlined.8

man-generate: build
	$(SWIFT) package $(SWIFTFLAGS) plugin generate-manual --configuration debug --section 8 --date $(MAN_DATE) >/dev/null
	@mkdir -p .build/man
	sed '/^\.Sh "EXIT STATUS"/,$$d' $(MAN8_PLUGIN_OUT) | cat - man/deadlined.8.tail > .build/man/deadlined.8
	$$($(SWIFT) build --show-bin-path)/deadlined --experimental-dump-help > .build/man/dump-help.json
	python3 man/restore-unicode.py .build/man/dump-help.json .build/man/deadlined.8

# Regenerates man/deadlined.8 after a command, option or help text changed.
man: man-generate
	cp .build/man/deadlined.8 man/deadlined.8

# Fails when man/deadlined.8 is not what `make man` makes now, or when a page renders with a
# warning (groff and man -l, in UTF-8: the pages hold Vietnamese). mandoc lints the hand-written
# page at warning level and the generated one at error level (the generator's mdoc style,
# e.g. .Pp before .It, draws mandoc warnings that change nothing in the output).
man-check: man-generate
	@cmp -s .build/man/deadlined.8 man/deadlined.8 || { \
	  echo "man/deadlined.8 differs from the commands' definitions: run make man" >&2; \
	  diff -u man/deadlined.8 .build/man/deadlined.8 | head -40 >&2; exit 1; }
	@for p in man/deadlined.8 man/deadlined.yaml.5; do \
	  out=$$(groff -Tutf8 -K utf8 -mandoc -ww -z $$p 2>&1; LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l $$p 2>&1 >/dev/null); \
	  if [ -n "$$out" ]; then echo "$$p: $$out" >&2; exit 1; fi; done
	mandoc -T lint -W warning man/deadlined.yaml.5
	mandoc -T lint -W error man/deadlined.8
	@echo "man-check: man/deadlined.8 is up to date; both pages render without warnings"

BINDIR = $(PREFIX)/bin
UNITDIR = $(PREFIX)/lib/systemd/system
CATALOGDIR = $(PREFIX)/lib/systemd/catalog
DOCDIR = $(PREFIX)/share/doc/deadlined
MANDIR = $(PREFIX)/share/man
BASHCOMPDIR = $(PREFIX)/share/bash-completion/completions
ZSHCOMPDIR = $(PREFIX)/share/zsh/vendor-completions
FISHCOMPDIR = $(PREFIX)/share/fish/vendor_completions.d

# libFuzzer over the config loader and the date grammar (fuzz/README.md).
fuzz: deps
	bash fuzz/run.sh $(FUZZ_SECONDS)

# Benchmarks against libyaml, PyYAML and taskwarrior; results in bench/RESULTS.md.
bench: deps
	bash bench/run.sh

bench-quick: deps
	bash bench/run.sh --quick

# report --journal over 100 offices' month of snapshots; its section of bench/RESULTS.md.
bench-province: deps
	bash bench/province.sh

# Installs the static release binary, the units, the journal catalog, the README, the manual
# pages, the bash, zsh and fish completions and, unless one is there already, the example
# configuration in /etc/deadlined.
install: release
	install -D -m 0755 $$($(SWIFT) build -c release --show-bin-path)/deadlined $(DESTDIR)$(BINDIR)/deadlined
	install -d $(DESTDIR)$(UNITDIR) $(DESTDIR)$(CATALOGDIR) $(DESTDIR)$(DOCDIR)
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined.service > $(DESTDIR)$(UNITDIR)/deadlined.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/deadlined.service
	@# One office per instance on a hub, not enabled: systemctl enable --now deadlined@NAME.
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined@.service > $(DESTDIR)$(UNITDIR)/deadlined@.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/deadlined@.service
	@# The daily HTML report: installed, left disabled (systemctl enable --now deadlined-report.timer).
	for u in deadlined-report.service deadlined-report.timer; do \
	  sed 's|/usr/local|$(PREFIX)|g' units/$$u > $(DESTDIR)$(UNITDIR)/$$u && chmod 0644 $(DESTDIR)$(UNITDIR)/$$u; done
	@# Installed, not enabled: it needs the notify: section first.
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined-notify.service > $(DESTDIR)$(UNITDIR)/deadlined-notify.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/deadlined-notify.service
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined.catalog > $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	chmod 0644 $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined-notify.catalog > $(DESTDIR)$(CATALOGDIR)/deadlined-notify.catalog
	chmod 0644 $(DESTDIR)$(CATALOGDIR)/deadlined-notify.catalog
	install -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	install -D -m 0644 man/deadlined.8 $(DESTDIR)$(MANDIR)/man8/deadlined.8
	install -D -m 0644 man/deadlined.yaml.5 $(DESTDIR)$(MANDIR)/man5/deadlined.yaml.5
	@# The completion scripts come from the binary being installed, so they match its options.
	install -d $(DESTDIR)$(BASHCOMPDIR) $(DESTDIR)$(ZSHCOMPDIR) $(DESTDIR)$(FISHCOMPDIR)
	bin=$$($(SWIFT) build -c release --show-bin-path)/deadlined; \
	$$bin --generate-completion-script bash > $(DESTDIR)$(BASHCOMPDIR)/deadlined && \
	$$bin --generate-completion-script zsh > $(DESTDIR)$(ZSHCOMPDIR)/_deadlined && \
	$$bin --generate-completion-script fish > $(DESTDIR)$(FISHCOMPDIR)/deadlined.fish
	chmod 0644 $(DESTDIR)$(BASHCOMPDIR)/deadlined $(DESTDIR)$(ZSHCOMPDIR)/_deadlined $(DESTDIR)$(FISHCOMPDIR)/deadlined.fish
	@if [ -e $(DESTDIR)/etc/deadlined/deadlined.yaml ]; then \
	  echo "keeping the existing $(DESTDIR)/etc/deadlined/deadlined.yaml"; \
	else \
	  install -d -m 0755 $(DESTDIR)/etc/deadlined/assignments.d && \
	  install -m 0644 config/deadlined.yaml $(DESTDIR)/etc/deadlined/deadlined.yaml && \
	  install -m 0644 config/assignments.d/*.yaml $(DESTDIR)/etc/deadlined/assignments.d/; \
	fi
	@if [ ! -e $(DESTDIR)/etc/deadlined/holidays.d ]; then \
	  install -d -m 0755 $(DESTDIR)/etc/deadlined/holidays.d && \
	  install -m 0644 config/holidays.d/example.yaml $(DESTDIR)/etc/deadlined/holidays.d/; \
	fi
	@if [ -z "$(DESTDIR)" ]; then \
	  journalctl --update-catalog || true; \
	  if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi; \
	fi

# Stops and disables the service, then removes what install added; /etc/deadlined and the
# state directory stay.
uninstall:
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl disable --now deadlined deadlined-report.timer deadlined-notify 2>/dev/null || true; fi
	@# Every enabled deadlined@NAME, by its link in multi-user.target.wants.
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then for l in /etc/systemd/system/multi-user.target.wants/deadlined@*.service; do \
	  [ -L "$$l" ] || continue; systemctl disable --now "$${l##*/}" 2>/dev/null || true; done; fi
	rm -f $(DESTDIR)$(BINDIR)/deadlined $(DESTDIR)$(UNITDIR)/deadlined.service $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	rm -f $(DESTDIR)$(UNITDIR)/deadlined@.service
	rm -f $(DESTDIR)$(UNITDIR)/deadlined-report.service $(DESTDIR)$(UNITDIR)/deadlined-report.timer
	rm -f $(DESTDIR)$(UNITDIR)/deadlined-notify.service $(DESTDIR)$(CATALOGDIR)/deadlined-notify.catalog
	rm -rf $(DESTDIR)$(DOCDIR)
	rm -f $(DESTDIR)$(MANDIR)/man8/deadlined.8 $(DESTDIR)$(MANDIR)/man5/deadlined.yaml.5
	rm -f $(DESTDIR)$(BASHCOMPDIR)/deadlined $(DESTDIR)$(ZSHCOMPDIR)/_deadlined $(DESTDIR)$(FISHCOMPDIR)/deadlined.fish
	@if [ -z "$(DESTDIR)" ]; then \
	  journalctl --update-catalog || true; \
	  if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi; \
	fi

# The Debian package (debian/): dpkg-buildpackage writes it beside the checkout, as Debian
# tools do; it is moved here, with its .buildinfo and .changes.
DEB_VERSION = $(shell dpkg-parsechangelog -S Version 2>/dev/null)
DEB_ARCH = $(shell dpkg --print-architecture 2>/dev/null)
DEB_BASE = deadlined_$(DEB_VERSION)_$(DEB_ARCH)
DEB = $(DEB_BASE).deb

.PHONY: deb deb-check

deb: deps
	PATH="$$PATH:$(dir $(SWIFT))" dpkg-buildpackage -b --no-sign
	mv ../$(DEB) ../$(DEB_BASE).buildinfo ../$(DEB_BASE).changes .

# lintian over the package: no error, and every warning either fixed or overridden with its
# reason (debian/deadlined.lintian-overrides). The packaged binary loads no Swift runtime
# library (the stdlib, Foundation and Dispatch are linked in), and Depends names the Debian
# libraries it loads.
deb-check: deb
	lintian --fail-on error,warning $(DEB)
	@d=$$(mktemp -d) && dpkg-deb -x $(DEB) $$d && needed=$$(readelf -d $$d/usr/bin/deadlined | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p' | tr '\n' ' '); \
	rm -rf $$d; echo "deb-check: usr/bin/deadlined needs: $$needed"; \
	if echo "$$needed" | grep -Eiq 'swift|foundation|dispatch|BlocksRuntime'; then echo "deb-check: a Swift runtime library is linked dynamically" >&2; exit 1; fi
	@deps=$$(dpkg-deb -f $(DEB) Depends); echo "deb-check: Depends: $$deps"; \
	for p in libc6 libsystemd0 libyaml-0-2 libxlsxwriter4 libcurl4; do \
	  echo "$$deps" | grep -Eq "(^|, )$$p( |,|$$)" || { echo "deb-check: Depends lacks $$p" >&2; exit 1; }; done
	@echo "deb-check: lintian passes $(DEB); no Swift runtime library loaded; Depends complete"

clean:
	rm -rf .build .build-bench fuzz/.build-fuzz $(STATE)
