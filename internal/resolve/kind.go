package resolve

import "github.com/qalint/qalint/internal/catalog"

// Kind is what Qarbine asks an entry for: a completion or an embedding.
type Kind string

const (
	Completion Kind = "completion"
	Embedding  Kind = "embedding"
)

// Kinds lists both kinds, completion first.
var Kinds = [...]Kind{Completion, Embedding}

// ModelKey is the entry field that names the model of this kind.
func (k Kind) ModelKey() string {
	if k == Embedding {
		return "model2"
	}
	return "model1"
}

// BaseKeys are the fields Qarbine takes the base URI of this kind from, in
// order: baseURI2 falls back to baseURI1. The slice is shared: do not
// change it.
func (k Kind) BaseKeys() []string {
	if k == Embedding {
		return embeddingBaseKeys
	}
	return completionBaseKeys
}

var (
	completionBaseKeys = []string{"baseURI1"}
	embeddingBaseKeys  = []string{"baseURI2", "baseURI1"}
)

// Task is the Workers AI task a model of this kind must do.
func (k Kind) Task() string {
	if k == Embedding {
		return catalog.TextEmbeddings
	}
	return catalog.TextGeneration
}

// Plural names what a service of this kind serves: "completions", "embeddings".
func (k Kind) Plural() string { return string(k) + "s" }

// Other is the other kind.
func (k Kind) Other() Kind {
	if k == Embedding {
		return Completion
	}
	return Embedding
}

// pick chooses a capability by kind; nil means not settled.
func pick(k Kind, completions, embeddings *bool) *bool {
	if k == Embedding {
		return embeddings
	}
	return completions
}
