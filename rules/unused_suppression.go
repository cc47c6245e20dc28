package rules

import "github.com/qalint/qalint/internal/model"

// UnusedSuppression reports qalint-ignore comments that suppress nothing.
// Its check is the suppression pass itself, which Check runs after every
// other rule (and runs even when this rule is off, to honour the comments).
var UnusedSuppression = &Rule{
	ID:       "unused-suppression",
	Severity: model.Warning,
	Summary:  "a qalint-ignore comment that suppresses nothing",
	Doc: "In JavaScript-style files a finding can be silenced with `// qalint-ignore RULE[,RULE] -- reason` " +
		"at the end of its line or alone on the line before, or for the whole file with " +
		"`// qalint-ignore-file RULE`. A suppression that no longer matches anything hides the next real " +
		"problem, so it is reported, as is one naming an unknown rule.",
	Bad: "aiAssistants = [\n  // qalint-ignore trailing-comma -- exported as is\n  { type: 'Cloudflare', alias: 'cf' }\n]",
	Good: "aiAssistants = [\n  // qalint-ignore model-deprecated -- migrating in JIRA-123\n" +
		"  { type: 'Cloudflare', alias: 'cf', account: '0123456789abcdef0123456789abcdef', apiKey: '${CF_API_TOKEN}' }\n]",
}

// The check is set here, not in the literal, because suppress looks rules up
// in All, which lists this rule: Go would see an initialization cycle.
func init() { UnusedSuppression.Check = suppress }
