# bash completion for dockopt                                     -*- shell-script -*-
_dockopt() {
  local cur prev words cword
  _init_completion || return
  local commands="parse optimize rules explain verify context help"
  if [[ $cword -eq 1 ]]; then
    COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
    return
  fi
  local command=${words[1]}
  case $prev in
    --select|--ignore)
      COMPREPLY=($(compgen -W "$(dockopt rules 2>/dev/null | awk 'NR>1 {print $1}')" -- "$cur")); return ;;
    --context) _filedir -d; return ;;
    -o|-f|--file|--optimized|--rebuild-touch) _filedir; return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --format) COMPREPLY=($(compgen -W "text json rdjson sarif github gitlab" -- "$cur")); return ;;
    --dump) COMPREPLY=($(compgen -W "buildkit json flow" -- "$cur")); return ;;
    --builder) COMPREPLY=($(compgen -W "auto buildah podman docker" -- "$cur")); return ;;
  esac
  case $command in
    explain)
      COMPREPLY=($(compgen -W "$(dockopt rules 2>/dev/null | awk 'NR>1 {print $1}')" -- "$cur")); return ;;
    help)
      COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
  esac
  if [[ $cur == -* ]]; then
    # The options of each command, read from its own help so they never go stale.
    COMPREPLY=($(compgen -W "$(dockopt help "$command" 2>/dev/null | grep -oE '(^|[ [])--?[a-zA-Z][-a-zA-Z]*' | tr -d ' [' | sort -u)" -- "$cur"))
    return
  fi
  _filedir
}
complete -F _dockopt dockopt
