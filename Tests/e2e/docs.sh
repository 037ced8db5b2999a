#!/bin/bash
# Runs inside the container (PID 1 is systemd): what `make install` put in place for people at
# a shell finds them there. man(1) finds deadlined(8) and deadlined.yaml(5) under /usr/local
# and renders them; the bash completion script is where bash-completion looks, and completes
# item ids of the installed /etc/deadlined/deadlined.yaml (the default --config).
. /e2e/lib.sh
install_deadlined
export LC_ALL=C.UTF-8 MANPAGER=cat MANWIDTH=80
# The container's /etc is a fresh tmpfs, without man-db's conffile: put back the copy the
# package ships (what it installs as /etc/manpath.config), else the one line man needs here.
[ -e /etc/manpath.config ] || cp /usr/share/doc/man-db/examples/manpath.config /etc/ 2>/dev/null \
  || printf 'MANDB_MAP\t/usr/local/share/man\t/var/cache/man/local\n' > /etc/manpath.config
page8=$(man -w deadlined 2>&1)
echo "# man -w deadlined: $page8"
check "man -w deadlined finds the installed deadlined(8)" [ "$page8" = /usr/local/share/man/man8/deadlined.8 ]
page5=$(man -w 5 deadlined.yaml 2>&1)
check "man -w 5 deadlined.yaml finds the installed page" [ "$page5" = /usr/local/share/man/man5/deadlined.yaml.5 ]
renders() { man deadlined 2>/dev/null | grep -q 'deadlined.yaml(5)' && man 5 deadlined.yaml 2>/dev/null | grep -q 'done_through'; }
check "man renders both pages" renders

comp=/usr/local/share/bash-completion/completions/deadlined
check "the bash completion script is installed" [ -s "$comp" ]
check "the zsh and fish completion scripts are installed" \
  [ -s /usr/local/share/zsh/vendor-completions/_deadlined -a -s /usr/local/share/fish/vendor_completions.d/deadlined.fish ]
# Tab after `deadlined ack stc` with no --config: the ids of /etc/deadlined/deadlined.yaml that
# start with "stc"; the shipped example has exactly one, stc-kinh-phi.
ids=$(PATH=/usr/local/bin:$PATH bash -c '
  source "$1"
  COMP_WORDS=(deadlined ack stc); COMP_CWORD=2; COMP_LINE="deadlined ack stc"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=(); _deadlined deadlined stc ack; printf "%s\n" "${COMPREPLY[@]}"' bash "$comp")
echo "# completed: $ids"
check "bash completes 'deadlined ack stc' to stc-kinh-phi from the installed config" [ "$ids" = stc-kinh-phi ]
finish
