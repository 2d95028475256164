function __oilstat_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __oilstat_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __oilstat_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __oilstat_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __oilstat_parse_tokens -S
    set -l unparsed_tokens (__oilstat_tokens -pc)
    switch $unparsed_tokens[1]
    case 'oilstat'
        __oilstat_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'producers'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'all' 'version' 'h/help'
        case 'groups'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'month=' 'version' 'h/help'
        case 'agreements'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'version' 'h/help'
        case 'sources'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'version' 'h/help'
        case 'share'
            __oilstat_parse_subcommand 0 'database=' 'source=' 'product=' 'group=' 'producers=' 'of=' 'world-source=' 'unit=' 'format=' 'output=' 'no-header' 'delimiter=' 'month=' 'all-months' 'jodi=' 'top=' 'version' 'h/help'
        case 'compare'
            __oilstat_parse_subcommand 2 'database=' 'source=' 'product=' 'group=' 'producers=' 'of=' 'world-source=' 'format=' 'output=' 'no-header' 'delimiter=' 'version' 'h/help'
        case 'changes'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'producer=' 'from=' 'to=' 'source=' 'product=' 'version' 'h/help'
        case 'load'
            __oilstat_parse_subcommand 1 'database=' 'vintage=' 'version' 'h/help'
        case 'import'
            __oilstat_parse_subcommand 1 'database=' 'format=' 'source=' 'vintage=' 'product=+' 'flow=+' 'unit=+' 'producer=+' 'version' 'h/help'
        case 'imports'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'version' 'h/help'
        case 'annual'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'variable=' 'year=' 'compare-to=' 'source=' 'version' 'h/help'
        case 'conformity'
            __oilstat_parse_subcommand 0 'database=' 'format=' 'output=' 'no-header' 'delimiter=' 'agreement=' 'month=' 'from=' 'to=' 'source=' 'product=' 'version' 'h/help'
        case 'table'
            __oilstat_parse_subcommand 0 'database=' 'source=' 'product=' 'group=' 'producers=' 'unit=' 'format=' 'output=' 'no-header' 'delimiter=' 'month=' 'partial' 'version' 'h/help'
        case 'averages'
            __oilstat_parse_subcommand 0 'database=' 'unit=' 'format=' 'output=' 'no-header' 'delimiter=' 'producer=' 'group=' 'by=' 'from=' 'to=' 'source=' 'product=' 'partial' 'version' 'h/help'
        case 'concentration'
            __oilstat_parse_subcommand 0 'database=' 'source=' 'product=' 'group=' 'producers=' 'format=' 'output=' 'no-header' 'delimiter=' 'month=' 'compare-to=' 'set=+' 'version' 'h/help'
        case 'rank'
            __oilstat_parse_subcommand 0 'database=' 'source=' 'product=' 'group=' 'producers=' 'unit=' 'format=' 'output=' 'no-header' 'delimiter=' 'month=' 'compare-to=' 'version' 'h/help'
        case 'chart'
            __oilstat_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'production'
                __oilstat_parse_subcommand 0 'database=' 'output=' 'width=' 'producers=' 'from=' 'to=' 'source=' 'product=' 'version' 'h/help'
            case 'share'
                __oilstat_parse_subcommand 0 'database=' 'source=' 'product=' 'group=' 'producers=' 'of=' 'world-source=' 'output=' 'width=' 'month=' 'top=' 'version' 'h/help'
            case 'conformity'
                __oilstat_parse_subcommand 0 'database=' 'output=' 'width=' 'agreement=' 'month=' 'from=' 'to=' 'source=' 'product=' 'version' 'h/help'
            end
        case 'report'
            __oilstat_parse_subcommand 0 'database=' 'month=' 'source=' 'product=' 'output-dir=' 'version' 'h/help'
        case 'help'
            __oilstat_parse_subcommand -r 1 'version'
        end
    end
end

function __oilstat_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __oilstat_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __oilstat_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __oilstat_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__oilstat_tokens -p)
    if test -z "$(__oilstat_tokens -t)"
        set -l index (count (__oilstat_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'oilstat' -f
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'producers' -d 'List producers: ISO code, alpha-3, name, aliases and how many figures each has.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'groups' -d 'List groups (OPEC, OPEC+...) and their memberships with dates.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'agreements' -d 'List production agreements with their phases and reference, adjustment and required totals.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'sources' -d 'List the sources of the figures, with counts and the months they cover.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'share' -d 'Market shares in a month, of a stated base: the producers listed, a published total or the world.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'compare' -d 'Compare two months: kb/d, change in kb/d and percent, shares and share-point change.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'changes' -d 'One producer\'s production month by month with month-on-month and year-on-year changes.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'load' -d 'Load production figures from a long CSV (producer,month,value,unit,source[,product][,note]).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'import' -d 'Import a downloaded file: JODI Oil World Database CSV, EIA API v2 JSON, EIA bulk JSON lines, Energy Institute CSV.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'imports' -d 'List the files loaded or imported: name, SHA-256, rows read, stored, missing and skipped, and time.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'annual' -d 'Annual figures imported from the Energy Institute dataset: one variable in a year, the change and shares.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'conformity' -d 'Conformity with a production agreement: reference, required and actual production, cuts and conformity %.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'table' -d 'A MOMR-style production table: two annual averages, the last quarters, the last three months and the change.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'averages' -d 'Quarterly or annual averages (day-weighted) of a producer or of a group total, with the change.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'concentration' -d 'How concentrated production is: top 3/5/10 shares, HHI and the shares of named sets, optionally against another month.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'rank' -d 'Rank producers by production in a month, with places gained or lost since a compared month.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'chart' -d 'Draw a chart as an SVG file: production over time, market shares, or conformity with an agreement.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'report' -d 'Write the monthly market report: a self-contained HTML page and a Markdown twin with its SVG charts.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" all' -l 'all' -d 'List every known producer, also those without figures.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat producers" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" month' -l 'month' -d 'Only the members as of this month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat groups" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat agreements" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat sources" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" source' -l 'source' -d 'The source to read, e.g. "OPEC MOMR secondary sources" (default: the one covering the most countries, passing over any without figures for the months asked; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" product' -l 'product' -d 'The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... (default: CRUDEOIL, or CRUDECOND for a source that has only that).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" group' -l 'group' -d 'Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" producers' -l 'producers' -d 'Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" of' -l 'of' -d 'The base of the shares: listed (the producers with figures), source-total (the source\'s published total for the group, e.g. its OPEC row) or world (a world total: the source\'s WORL figure, or that of --world-source). Default: world when that world figure exists for the month, else listed.' -rfka 'listed source-total world'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" world-source' -l 'world-source' -d 'Take the world total from this source (implies --of world unless --of says otherwise).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" unit' -l 'unit' -d 'The unit: kbd (thousand barrels per day), mbd, bd, kbbl (thousand barrels in the month) or kt (thousand tonnes in the month; JODI\'s CONVBBL barrels per tonne when the data has it, else 7.33).' -rfka 'kbd mbd bd kbbl kt'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" month' -l 'month' -d 'The month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" all-months' -l 'all-months' -d 'Every month of the --jodi file.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" jodi' -l 'jodi' -d 'A JODI CSV (or .zip) to compute shares from directly, with --all-months.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" top' -l 'top' -d 'Show the N largest and fold the rest into one line; the notes give the top-N share.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat share" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" source' -l 'source' -d 'The source to read, e.g. "OPEC MOMR secondary sources" (default: the one covering the most countries, passing over any without figures for the months asked; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" product' -l 'product' -d 'The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... (default: CRUDEOIL, or CRUDECOND for a source that has only that).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" group' -l 'group' -d 'Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" producers' -l 'producers' -d 'Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" of' -l 'of' -d 'The base of the shares: listed (the producers with figures), source-total (the source\'s published total for the group, e.g. its OPEC row) or world (a world total: the source\'s WORL figure, or that of --world-source). Default: world when that world figure exists for the month, else listed.' -rfka 'listed source-total world'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" world-source' -l 'world-source' -d 'Take the world total from this source (implies --of world unless --of says otherwise).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat compare" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" producer' -l 'producer' -d 'The producer: code, alpha-3, name or alias (e.g. SA, SAU, KSA, "Saudi Arabia").' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" from' -l 'from' -d 'The first month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" to' -l 'to' -d 'The last month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" source' -l 'source' -d 'The source to read (default: the one with most figures for the producer in the period).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" product' -l 'product' -d 'The product code (default: the source\'s).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat changes" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat load" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat load" vintage' -l 'vintage' -d 'The vintage (release) of the figures, e.g. "MOMR 2018-11".' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat load" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat load" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import" format' -l 'format' -d 'The format: jodi, eia-api, eia-bulk or ei (default: detected).' -rfka 'jodi eia-api eia-bulk ei'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import" source' -l 'source' -d 'The source to file the figures under (default: JODI, EIA or Energy Institute).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import" vintage' -l 'vintage' -d 'The vintage (release) of the file, e.g. the download date.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import"' -l 'product' -d 'Keep only this product code (repeatable), e.g. CRUDEOIL.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import"' -l 'flow' -d 'Keep only this flow code (repeatable), e.g. INDPROD.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import"' -l 'unit' -d 'Keep only this unit code (repeatable), e.g. KBD.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import"' -l 'producer' -d 'Keep only this producer code (repeatable), e.g. SA.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat imports" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" variable' -l 'variable' -d 'The variable as the source names it, e.g. oilprod_kbd, oilprod_mt.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" year' -l 'year' -d 'The year.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" compare-to' -l 'compare-to' -d 'The year to compare with (default: the year before).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" source' -l 'source' -d 'The source (default: Energy Institute).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat annual" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" agreement' -l 'agreement' -d 'The agreement: id or name (see `oilstat agreements`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" month' -l 'month' -d 'The month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" from' -l 'from' -d 'The first month of a period to average over (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" to' -l 'to' -d 'The last month of a period to average over (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" source' -l 'source' -d 'The source of actual production (default: "Reuters survey", where the published worked examples come from).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" product' -l 'product' -d 'The product (default: CRUDEOIL; agreements cover crude oil).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat conformity" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" source' -l 'source' -d 'The source to read, e.g. "OPEC MOMR secondary sources" (default: the one covering the most countries, passing over any without figures for the months asked; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" product' -l 'product' -d 'The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... (default: CRUDEOIL, or CRUDECOND for a source that has only that).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" group' -l 'group' -d 'Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" producers' -l 'producers' -d 'Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" unit' -l 'unit' -d 'The unit: kbd (thousand barrels per day), mbd, bd, kbbl (thousand barrels in the month) or kt (thousand tonnes in the month; JODI\'s CONVBBL barrels per tonne when the data has it, else 7.33).' -rfka 'kbd mbd bd kbbl kt'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" month' -l 'month' -d 'The month of the table (YYYY-MM): its last monthly column.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" partial' -l 'partial' -d 'Show annual, quarterly and total figures from the months that have one, and list them as partial.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat table" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" unit' -l 'unit' -d 'The unit: kbd (thousand barrels per day), mbd, bd, kbbl (thousand barrels in the month) or kt (thousand tonnes in the month; JODI\'s CONVBBL barrels per tonne when the data has it, else 7.33).' -rfka 'kbd mbd bd kbbl kt'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" producer' -l 'producer' -d 'The producer: code, alpha-3, name or alias.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" group' -l 'group' -d 'A group total instead of a producer: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" by' -l 'by' -d 'Average by quarter or year (month lists the months).' -rfka 'month quarter year'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" from' -l 'from' -d 'The first month (default: the first with a figure); whole periods are used.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" to' -l 'to' -d 'The last month (default: the last with a figure); whole periods are used.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" source' -l 'source' -d 'The source to read (default: the one with most figures in the period).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" product' -l 'product' -d 'The product code (default: the source\'s).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" partial' -l 'partial' -d 'Show periods with missing months from the months that have a figure.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat averages" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" source' -l 'source' -d 'The source to read, e.g. "OPEC MOMR secondary sources" (default: the one covering the most countries, passing over any without figures for the months asked; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" product' -l 'product' -d 'The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... (default: CRUDEOIL, or CRUDECOND for a source that has only that).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" group' -l 'group' -d 'Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" producers' -l 'producers' -d 'Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" month' -l 'month' -d 'The month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" compare-to' -l 'compare-to' -d 'A month to compare with (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration"' -l 'set' -d 'A named set whose share to show: a group id or a list of producers (repeatable).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat concentration" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" source' -l 'source' -d 'The source to read, e.g. "OPEC MOMR secondary sources" (default: the one covering the most countries, passing over any without figures for the months asked; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" product' -l 'product' -d 'The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... (default: CRUDEOIL, or CRUDECOND for a source that has only that).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" group' -l 'group' -d 'Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" producers' -l 'producers' -d 'Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" unit' -l 'unit' -d 'The unit: kbd (thousand barrels per day), mbd, bd, kbbl (thousand barrels in the month) or kt (thousand tonnes in the month; JODI\'s CONVBBL barrels per tonne when the data has it, else 7.33).' -rfka 'kbd mbd bd kbbl kt'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" format' -l 'format' -d 'Output format: table, csv, tsv, json or markdown (default: table on a terminal, csv otherwise).' -rfka 'table csv tsv json markdown'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" output' -l 'output' -d 'Write the report to this file instead of standard output (e.g. Reports/share-2018-10.csv).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" no-header' -l 'no-header' -d 'Leave out the header row (csv, tsv).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" delimiter' -l 'delimiter' -d 'Field delimiter for csv output (one character).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" month' -l 'month' -d 'The month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" compare-to' -l 'compare-to' -d 'A month to compare ranks with (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat rank" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat chart" -eq 1' -fa 'production' -d 'Line chart of monthly production (kb/d) of a few producers; months without a figure break the line.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat chart" -eq 1' -fa 'share' -d 'Bar chart of market shares in a month, largest first, of a stated base (--of listed|source-total|world).'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_positional "oilstat chart" -eq 1' -fa 'conformity' -d 'Bar chart of each participant\'s conformity with an agreement (actual cut ÷ required cut) against a 100% line.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" output' -l 'output' -d 'Write the SVG here instead of Reports/<name>.svg; "-" writes it to standard output.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" width' -l 'width' -d 'The chart width in pixels.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" producers' -l 'producers' -d 'The producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" from' -l 'from' -d 'The first month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" to' -l 'to' -d 'The last month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" source' -l 'source' -d 'The source to read (default: the one with most figures for these producers in the period).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" product' -l 'product' -d 'The product code (default: the source\'s).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart production" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" source' -l 'source' -d 'The source to read, e.g. "OPEC MOMR secondary sources" (default: the one covering the most countries, passing over any without figures for the months asked; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" product' -l 'product' -d 'The product: CRUDEOIL (crude), CRUDECOND (crude + condensate), NGL, TOTLIQ... (default: CRUDEOIL, or CRUDECOND for a source that has only that).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" group' -l 'group' -d 'Limit to a group as of each month: opec, opec+, non-opec, big3 or a stored group.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" producers' -l 'producers' -d 'Limit to a list of producers, e.g. SA,RU,US (codes, names or aliases).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" of' -l 'of' -d 'The base of the shares: listed (the producers with figures), source-total (the source\'s published total for the group, e.g. its OPEC row) or world (a world total: the source\'s WORL figure, or that of --world-source). Default: world when that world figure exists for the month, else listed.' -rfka 'listed source-total world'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" world-source' -l 'world-source' -d 'Take the world total from this source (implies --of world unless --of says otherwise).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" output' -l 'output' -d 'Write the SVG here instead of Reports/<name>.svg; "-" writes it to standard output.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" width' -l 'width' -d 'The chart width in pixels.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" month' -l 'month' -d 'The month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" top' -l 'top' -d 'Show the N largest and fold the rest into one bar.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart share" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" output' -l 'output' -d 'Write the SVG here instead of Reports/<name>.svg; "-" writes it to standard output.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" width' -l 'width' -d 'The chart width in pixels.' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" agreement' -l 'agreement' -d 'The agreement: id or name (see `oilstat agreements`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" month' -l 'month' -d 'The month (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" from' -l 'from' -d 'The first month of a period to average over (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" to' -l 'to' -d 'The last month of a period to average over (YYYY-MM).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" source' -l 'source' -d 'The source of actual production (default: "Reuters survey", where the published worked examples come from).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" product' -l 'product' -d 'The product (default: CRUDEOIL; agreements cover crude oil).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat chart conformity" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" database' -l 'database' -d 'The SQLite database file (default: $OILSTAT_DATABASE, else ~/.local/share/oilstat/oilstat.sqlite).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" month' -l 'month' -d 'The month (YYYY-MM; default: the latest month with figures for most countries, see above).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" source' -l 'source' -d 'The source to read (default: the one with most countries in the month; see `oilstat sources`).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" product' -l 'product' -d 'The product code (default: the source\'s).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" output-dir' -l 'output-dir' -d 'The folder to write the report files to (created if needed).' -rfka ''
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" version' -l 'version' -d 'Show the version.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'oilstat' -n '__oilstat_should_offer_completions_for_flags_or_options "oilstat help" version' -l 'version' -d 'Show the version.'
