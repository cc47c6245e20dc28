package config

// Starter is what `qalint config init` writes.
const Starter = `# qalint configuration: https://github.com/qalint/qalint#configuration
# qalint looks for this file in the working folder and its parents, or takes
# --config FILE.

# Per-rule severity: error, warning, info or off. ` + "`qalint rules`" + ` lists the ids.
rules:
  # secret-literal: error      # fail CI on any credential committed in clear
  # trailing-comma: off        # Qarbine's JavaScript style accepts them

# Paths not to lint, relative to this file; ** spans folders.
ignore:
  # - "vendor/**"
  # - "testdata/**"

# Workers AI models the embedded catalogue does not know yet.
models:
  # - id: "@cf/acme/brand-new-model"
  #   task: text-generation    # or text-embeddings (give dimensions then)
  # - id: "@cf/acme/embedder"
  #   task: text-embeddings
  #   dimensions: 768

# Qarbine entry types the catalogue does not know, or corrections to one it
# does (a type with the same name replaces it).
types:
  # - name: "Watsonx"
  #   fields: [project, region]        # beyond the common fields
  #   required: [apiKey, project]
  #   completions: true
  #   embeddings: true

# AI Gateway provider slugs the catalogue does not know (custom-{name}
# providers are always accepted). upstream and serves let qalint follow
# the gateway's forwarding, as it does for openai.
providers:
  # - slug: "acme-llm"
  #   completions: true
  #   embeddings: false
  #   upstream: [{from: "", to: "https://llm.acme.example/v1/"}]
  #   serves: {completion: [chat/completions]}
`
