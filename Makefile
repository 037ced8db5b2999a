# deadlined: `make run` and `make test` do all the set-up on a fresh Debian 12 machine.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
PREFIX ?= /usr/local
DESTDIR ?=
CONFIG ?= config/deadlined.yaml
STATE ?= .state
APT_PACKAGES = libsystemd-dev libyaml-dev pkg-config systemd-container
SWIFTFLAGS = -Xswiftc -warnings-as-errors

.PHONY: all deps build release run test unit-test e2e install uninstall clean

all: build

# Installs the Debian packages the build and the tests need, when they are missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "missing Debian packages:$$missing (run: sudo apt-get install$$missing)" >&2; exit 1; fi; \
	fi

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

test: unit-test e2e

# The end-to-end test in a real systemd; skipped loudly when not root (mandatory with CI=true).
e2e: deps
	@bash Tests/e2e/run.sh

install: release
	install -D -m 0755 $$($(SWIFT) build -c release --show-bin-path)/deadlined $(DESTDIR)$(PREFIX)/bin/deadlined

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/deadlined

clean:
	rm -rf .build $(STATE)
