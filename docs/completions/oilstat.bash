#!/bin/bash

__oilstat_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__oilstat_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__oilstat_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__oilstat_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_oilstat() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __oilstat_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    producers|groups|agreements|sources|share|compare|changes|revisions|load|import|imports|annual|conformity|table|averages|concentration|rank|update|chart|report|serve|help)
        # Offer subcommand argument completions
        "_oilstat_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'producers groups agreements sources share compare changes revisions load import imports annual conformity table averages concentration rank update chart report serve help' -- "${cur}"))
        ;;
    esac
}

_oilstat_producers() {
    repeating_flags=()
    non_repeating_flags=(--no-header --all --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    esac
}

_oilstat_groups() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter --month)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--month')
        return
        ;;
    esac
}

_oilstat_agreements() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __oilstat_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|load|remove)
        # Offer subcommand argument completions
        "_oilstat_agreements_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list load remove' -- "${cur}"))
        ;;
    esac
}

_oilstat_agreements_list() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    esac
}

_oilstat_agreements_load() {
    repeating_flags=()
    non_repeating_flags=(--replace --version -h --help)
    repeating_options=()
    non_repeating_options=(--database)
    __oilstat_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    esac
}

_oilstat_agreements_remove() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database)
    __oilstat_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    esac
}

_oilstat_sources() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    esac
}

_oilstat_share() {
    repeating_flags=()
    non_repeating_flags=(--no-header --all-months --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --source --product --group --producers --as-of --of --world-source --unit --format --output --delimiter --month --jodi --top)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--group')
        return
        ;;
    '--producers')
        return
        ;;
    '--as-of')
        return
        ;;
    '--of')
        __oilstat_add_completions -W 'listed'$'\n''source-total'$'\n''world'
        return
        ;;
    '--world-source')
        return
        ;;
    '--unit')
        __oilstat_add_completions -W 'kbd'$'\n''mbd'$'\n''bd'$'\n''kbbl'$'\n''kt'
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--month')
        return
        ;;
    '--jodi')
        return
        ;;
    '--top')
        return
        ;;
    esac
}

_oilstat_compare() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --source --product --group --producers --as-of --of --world-source --format --output --delimiter)
    __oilstat_offer_flags_options 2

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--group')
        return
        ;;
    '--producers')
        return
        ;;
    '--as-of')
        return
        ;;
    '--of')
        __oilstat_add_completions -W 'listed'$'\n''source-total'$'\n''world'
        return
        ;;
    '--world-source')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    esac
}

_oilstat_changes() {
    repeating_flags=()
    non_repeating_flags=(--no-header --within-vintage --no-within-vintage --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter --producer --from --to --source --product --as-of)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--producer')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--as-of')
        return
        ;;
    esac
}

_oilstat_revisions() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter --producer --month --source --product)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--producer')
        return
        ;;
    '--month')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    esac
}

_oilstat_load() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database --vintage --publication)
    __oilstat_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--vintage')
        return
        ;;
    '--publication')
        return
        ;;
    esac
}

_oilstat_import() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=(--product --flow --unit --producer)
    non_repeating_options=(--database --format --source --vintage --publication)
    __oilstat_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'jodi'$'\n''eia-api'$'\n''eia-bulk'$'\n''ei'
        return
        ;;
    '--source')
        return
        ;;
    '--vintage')
        return
        ;;
    '--publication')
        return
        ;;
    '--product')
        return
        ;;
    '--flow')
        return
        ;;
    '--unit')
        return
        ;;
    '--producer')
        return
        ;;
    esac
}

_oilstat_imports() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __oilstat_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|diff)
        # Offer subcommand argument completions
        "_oilstat_imports_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list diff' -- "${cur}"))
        ;;
    esac
}

_oilstat_imports_list() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    esac
}

_oilstat_imports_diff() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter --limit)
    __oilstat_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--limit')
        return
        ;;
    esac
}

_oilstat_annual() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter --variable --year --compare-to --source)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--variable')
        return
        ;;
    '--year')
        return
        ;;
    '--compare-to')
        return
        ;;
    '--source')
        return
        ;;
    esac
}

_oilstat_conformity() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --format --output --delimiter --agreement --month --from --to --source --product)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--agreement')
        return
        ;;
    '--month')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    esac
}

_oilstat_table() {
    repeating_flags=()
    non_repeating_flags=(--no-header --partial --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --source --product --group --producers --as-of --unit --format --output --delimiter --month)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--group')
        return
        ;;
    '--producers')
        return
        ;;
    '--as-of')
        return
        ;;
    '--unit')
        __oilstat_add_completions -W 'kbd'$'\n''mbd'$'\n''bd'$'\n''kbbl'$'\n''kt'
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--month')
        return
        ;;
    esac
}

_oilstat_averages() {
    repeating_flags=()
    non_repeating_flags=(--no-header --partial --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --unit --format --output --delimiter --producer --group --by --from --to --source --product)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--unit')
        __oilstat_add_completions -W 'kbd'$'\n''mbd'$'\n''bd'$'\n''kbbl'$'\n''kt'
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--producer')
        return
        ;;
    '--group')
        return
        ;;
    '--by')
        __oilstat_add_completions -W 'month'$'\n''quarter'$'\n''year'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    esac
}

_oilstat_concentration() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=(--set)
    non_repeating_options=(--database --source --product --group --producers --as-of --format --output --delimiter --month --compare-to)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--group')
        return
        ;;
    '--producers')
        return
        ;;
    '--as-of')
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--month')
        return
        ;;
    '--compare-to')
        return
        ;;
    '--set')
        return
        ;;
    esac
}

_oilstat_rank() {
    repeating_flags=()
    non_repeating_flags=(--no-header --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --source --product --group --producers --as-of --unit --format --output --delimiter --month --compare-to)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--group')
        return
        ;;
    '--producers')
        return
        ;;
    '--as-of')
        return
        ;;
    '--unit')
        __oilstat_add_completions -W 'kbd'$'\n''mbd'$'\n''bd'$'\n''kbbl'$'\n''kt'
        return
        ;;
    '--format')
        __oilstat_add_completions -W 'table'$'\n''csv'$'\n''tsv'$'\n''json'$'\n''markdown'
        return
        ;;
    '--output')
        return
        ;;
    '--delimiter')
        return
        ;;
    '--month')
        return
        ;;
    '--compare-to')
        return
        ;;
    esac
}

_oilstat_update() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --offline --quiet --version -h --help)
    repeating_options=()
    non_repeating_options=(--database --since --base-url)
    __oilstat_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--since')
        return
        ;;
    '--base-url')
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    *)
        __oilstat_add_completions -W 'jodi'$'\n''eia'$'\n''eia-bulk'
        return
        ;;
    esac
}

_oilstat_chart() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __oilstat_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    production|share|conformity)
        # Offer subcommand argument completions
        "_oilstat_chart_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'production share conformity' -- "${cur}"))
        ;;
    esac
}

_oilstat_chart_production() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database --output --width --producers --from --to --source --product)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--output')
        return
        ;;
    '--width')
        return
        ;;
    '--producers')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    esac
}

_oilstat_chart_share() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database --source --product --group --producers --as-of --of --world-source --output --width --month --top)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--group')
        return
        ;;
    '--producers')
        return
        ;;
    '--as-of')
        return
        ;;
    '--of')
        __oilstat_add_completions -W 'listed'$'\n''source-total'$'\n''world'
        return
        ;;
    '--world-source')
        return
        ;;
    '--output')
        return
        ;;
    '--width')
        return
        ;;
    '--month')
        return
        ;;
    '--top')
        return
        ;;
    esac
}

_oilstat_chart_conformity() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database --output --width --agreement --month --from --to --source --product)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--output')
        return
        ;;
    '--width')
        return
        ;;
    '--agreement')
        return
        ;;
    '--month')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    esac
}

_oilstat_report() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database --month --source --product --output-dir)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--month')
        return
        ;;
    '--source')
        return
        ;;
    '--product')
        return
        ;;
    '--output-dir')
        return
        ;;
    esac
}

_oilstat_serve() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--database --host --port --token --rate-limit --log-level)
    __oilstat_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--database')
        return
        ;;
    '--host')
        return
        ;;
    '--port')
        return
        ;;
    '--token')
        return
        ;;
    '--rate-limit')
        return
        ;;
    '--log-level')
        return
        ;;
    esac
}

_oilstat_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __oilstat_offer_flags_options -1
}

complete -o filenames -F _oilstat oilstat
