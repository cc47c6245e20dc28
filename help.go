package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v3"
)

// exitCodesHelp is the exit-code contract, printed in every command's help.
const exitCodesHelp = `Exit codes:
   0  no error findings (and warnings within --max-warnings)
   1  findings: an error, too many warnings, a failed probe, or changes pending
   2  usage or input/output error (bad flag, unreadable file, broken .qalint.yaml)
 130  interrupted by SIGINT (143: SIGTERM); probe still reports what finished, fix leaves each file old or new`

// probeExitCodesHelp is probe's own reading of the same contract.
const probeExitCodesHelp = `Exit codes:
   0  every probe answered ok (skipped ones too, with --allow-skipped)
   1  a probe failed, or a request would be refused or skipped (--dry-run: a real run could not pass)
   2  usage or input/output error (bad flag, unreadable file, broken .qalint.yaml)
 130  interrupted by SIGINT (143: SIGTERM, 129: SIGHUP, 141: the output's reader went away); the report covers the probes that finished`

// examples are shown in each command's --help, above the exit codes; kept
// here so that the help text of all commands reads as one.
var examples = map[string]string{
	"check": `   qalint check aiAssistants.json          lint one file
   qalint check .                          lint every settings file found under the folder
   pbpaste | qalint check -                lint a setting pasted from Qarbine
   qalint check -f sarif -o qalint.sarif . SARIF for GitHub code scanning
   qalint check --only myCloudflare --severity error aiAssistants.json
                                           one entry's errors only
   qalint check --summary .                the counts line only`,
	"fix": `   qalint fix aiAssistants.json            rewrite what can be fixed, in place
   qalint fix --diff aiAssistants.json     show the changes, write nothing
   qalint fix --check .                    exit 1 if anything would change (CI)`,
	"probe": `   qalint probe --dry-run aiAssistants.json   show the requests, send nothing
   qalint probe aiAssistants.json             one tiny request per entry and kind
   qalint probe --only myCloudflare -f json aiAssistants.json`,
	"rules":   `   qalint rules`,
	"explain": `   qalint explain model-deprecated`,
	"schema":  `   qalint schema > qarbine-ai-assistants.schema.json`,
	"config":  `   qalint config init`,
	"catalog": `   qalint catalog                          sources, version, as-of date and counts of the catalogues
   qalint catalog update                   cache the live model list (CLOUDFLARE_ACCOUNT_ID, CLOUDFLARE_API_TOKEN)
   qalint check --verbose .                say which model catalogue check used`,
	"playground": `   qalint playground                        open http://127.0.0.1:8080/ and paste a setting
   qalint playground --listen 127.0.0.1:0   any free port; the URL is printed`,
}

// describe adds the examples and the exit codes to every command's help.
func describe(cmds []*cli.Command) {
	for _, c := range cmds {
		var b strings.Builder
		if c.Description != "" {
			b.WriteString(c.Description)
			b.WriteString("\n\n")
		}
		if ex, ok := examples[c.Name]; ok && !strings.Contains(c.Description, "Examples:") {
			b.WriteString("Examples:\n")
			b.WriteString(ex)
			b.WriteString("\n\n")
		}
		if c.Name == "probe" {
			b.WriteString(probeExitCodesHelp)
		} else {
			b.WriteString(exitCodesHelp)
		}
		c.Description = b.String()
	}
}

// plural is "1 word" or "N words", for messages of several commands.
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}
