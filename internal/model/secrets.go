package model

import (
	"sync"

	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/secret"
)

// Secrets are the credentials in the document: every value under a key that
// names a credential, every header value but the harmless ones
// (secret.IsHarmlessHeader), and every string that has a credential's shape,
// wherever it sits. Everything shown about the document is masked with it.
// Built on first use: a clean file shows nothing and never needs it.
func (d *Document) Secrets() *secret.Set {
	d.secretsOnce.Do(func() { d.secrets = SecretsIn(d.Read.Root) })
	return d.secrets
}

// secretCache is the part of a Document that holds its Secrets.
type secretCache struct {
	secretsOnce sync.Once
	secrets     *secret.Set
}

// SecretsIn collects the credentials in a read tree (see Document.Secrets).
func SecretsIn(root *reader.Node) *secret.Set {
	s := &secret.Set{}
	var walk func(n *reader.Node, key string, header bool)
	walk = func(n *reader.Node, key string, header bool) {
		if n == nil {
			return
		}
		switch n.Kind {
		case reader.String:
			if secret.IsSecretKey(key) || header && !secret.IsHarmlessHeader(key) || secret.LooksLikeCredential(n.Text) {
				s.Add(n.Text)
			}
			for _, v := range secret.InURLs(n.Text) {
				s.Add(v)
			}
		case reader.Object:
			for i := range n.Members {
				walk(n.Members[i].Value, n.Members[i].Key, key == "headers")
			}
		case reader.Array:
			for _, it := range n.Items {
				walk(it, key, false)
			}
		}
	}
	walk(root, "", false)
	return s
}
