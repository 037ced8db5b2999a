# deadlined: `make run` and `make test` do all the set-up on a fresh Debian 12 machine.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= config/deadlined.yaml
STATE ?= .state
APT_PACKAGES = libsystemd-dev libyaml-dev pkg-config systemd-container python3 faketime
SWIFTFLAGS = -Xswiftc -warnings-as-errors

.PHONY: all deps build release run test unit-test e2e fuzz bench bench-quick install uninstall clean

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


build: deps
	$(SWIFT) build $(SWIFTFLAGS)

release: deps
	$(SWIFT) build -c release --static-swift-stdlib $(SWIFTFLAGS)

# Runs the daemon in the foreground on the shipped example config; alerts go to the terminal.
run: build
	@mkdir -p $(STATE)
	$$($(SWIFT) build --show-bin-path)/deadlined check --config $(CONFIG)
	exec $$($(SWIFT) build --show-bin-path)/deadlined run --config $(CONFIG) --state-dir $(STATE) --log-target console

unit-test: deps
	$(SWIFT) build --build-tests $(SWIFTFLAGS)
	$(SWIFT) test --skip-build

FUZZ_SECONDS ?= 60

test: unit-test fuzz e2e

# The end-to-end test in a real systemd; skipped loudly when not root (mandatory with CI=true).
e2e: deps
	@bash Tests/e2e/run.sh

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
	sed 's|/usr/local|$(PREFIX)|g' units/deadlined.catalog > $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	chmod 0644 $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	install -m 0644 README.md $(DESTDIR)$(DOCDIR)/README.md
	@if [ -e $(DESTDIR)/etc/deadlined/deadlined.yaml ]; then \
	  echo "keeping the existing $(DESTDIR)/etc/deadlined/deadlined.yaml"; \
	else \
	  install -d -m 0755 $(DESTDIR)/etc/deadlined/assignments.d && \
	  install -m 0644 config/deadlined.yaml $(DESTDIR)/etc/deadlined/deadlined.yaml && \
	  install -m 0644 config/assignments.d/*.yaml $(DESTDIR)/etc/deadlined/assignments.d/; \
	fi
	@if [ -z "$(DESTDIR)" ]; then \
	  journalctl --update-catalog || true; \
	  if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi; \
	fi

# Stops and disables the service, then removes what install added; /etc/deadlined and the
# state directory stay.
uninstall:
	@if [ -z "$(DESTDIR)" ] && [ -d /run/systemd/system ]; then systemctl disable --now deadlined 2>/dev/null || true; fi
	rm -f $(DESTDIR)$(BINDIR)/deadlined $(DESTDIR)$(UNITDIR)/deadlined.service $(DESTDIR)$(CATALOGDIR)/deadlined.catalog
	rm -rf $(DESTDIR)$(DOCDIR)
	@if [ -z "$(DESTDIR)" ]; then \
	  journalctl --update-catalog || true; \
	  if [ -d /run/systemd/system ]; then systemctl daemon-reload || true; fi; \
	fi

clean:
	rm -rf .build .build-bench fuzz/.build-fuzz $(STATE)
