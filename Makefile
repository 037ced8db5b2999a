# deadlined: `make run` and `make test` do all the set-up on a fresh Debian 12 machine.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= config/deadlined.yaml
STATE ?= .state
APT_PACKAGES = libsystemd-dev libyaml-dev pkg-config systemd-container python3 faketime systemd-journal-remote libcurl4-openssl-dev
SWIFTFLAGS = -Xswiftc -warnings-as-errors

.PHONY: all deps build release run test unit-test e2e fuzz bench bench-quick install uninstall clean format format-check

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

test: format-check unit-test holiday-check fuzz e2e

HOLIDAYS_VENV = .build-venv
HOLIDAYS_VERSION = 0.109

.PHONY: holiday-check holiday-data

# deadlined's holiday calendar against the python `holidays` package, 2020 through next year;
# every difference must be listed with its reason in Tests/holidays/crosscheck.py.
holiday-check: build
	@$(HOLIDAYS_VENV)/bin/python -c 'import holidays' 2>/dev/null || { \
	  echo "holiday-check: no holidays package in $(HOLIDAYS_VENV) (make deps installs it from PyPI)" >&2; exit 1; }
	$(HOLIDAYS_VENV)/bin/python Tests/holidays/crosscheck.py $$($(SWIFT) build --show-bin-path)/deadlined

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

BINDIR = $(PREFIX)/bin
UNITDIR = $(PREFIX)/lib/systemd/system
CATALOGDIR = $(PREFIX)/lib/systemd/catalog
DOCDIR = $(PREFIX)/share/doc/deadlined

# Installs the static release binary, the unit, the journal catalog, the README and, unless
# one is there already, the example configuration in /etc/deadlined.
# libFuzzer over the config loader and the date grammar (fuzz/README.md).
fuzz: deps
	bash fuzz/run.sh $(FUZZ_SECONDS)

# Benchmarks against libyaml, PyYAML and taskwarrior; results in bench/RESULTS.md.
bench: deps
	bash bench/run.sh

bench-quick: deps
	bash bench/run.sh --quick

install: release
	install -D -m 0755 $$($(SWIFT) build -c release --show-bin-path)/deadlined $(DESTDIR)$(BINDIR)/deadlined
	install -d $(DESTDIR)$(UNITDIR) $(DESTDIR)$(CATALOGDIR) $(DESTDIR)$(DOCDIR)
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined.service > $(DESTDIR)$(UNITDIR)/deadlined.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/deadlined.service
	@# Installed, not enabled: it needs the notify: section first.
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined-notify.service > $(DESTDIR)$(UNITDIR)/deadlined-notify.service
	chmod 0644 $(DESTDIR)$(UNITDIR)/deadlined-notify.service
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined.catalog > $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	chmod 0644 $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined-notify.catalog > $(DESTDIR)$(CATALOGDIR)/deadlined-notify.catalog
	chmod 0644 $(DESTDIR)$(CATALOGDIR)/deadlined-notify.catalog
	install -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
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
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl disable --now deadlined deadlined-notify 2>/dev/null || true; fi
	rm -f $(DESTDIR)$(BINDIR)/deadlined $(DESTDIR)$(UNITDIR)/deadlined.service $(DESTDIR)$(UNITDIR)/deadlined-notify.service $(DESTDIR)$(CATALOGDIR)/deadlined.catalog $(DESTDIR)$(CATALOGDIR)/deadlined-notify.catalog
	rm -rf $(DESTDIR)$(DOCDIR)
	@if [ -z "$(DESTDIR)" ]; then \
	  journalctl --update-catalog || true; \
	  if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi; \
	fi

clean:
	rm -rf .build .build-bench fuzz/.build-fuzz $(STATE)
