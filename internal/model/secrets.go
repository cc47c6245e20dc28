package model

import (
	"sync"
	"unicode/utf8"

	"github.com/qalint/qalint/internal/reader"
	"github.com/qalint/qalint/internal/secret"
)

// Secrets are the credentials in the document: every value under a key that
// names a credential, every header value but the harmless ones
// (secret.IsHarmlessHeader), and every string that has a credential's shape,
// wherever it sits. Everything shown about the document is masked with it.
// Built on first use: a clean file shows nothing and never needs it.
func (d *Document) Secrets() *secret.Set {
	d.secretsOnce.Do(func() { d.secrets = SecretsIn(d.Read.Root, d.Src) })
	return d.secrets
}

// secretCache is the part of a Document that holds its Secrets.
type secretCache struct {
	secretsOnce sync.Once
	secrets     *secret.Set
}

// SecretsIn collects the credentials in a read tree (see Document.Secrets).
// src is the input the tree was read from: a credential written with
// escapes ("\u0073\u006b-proj-…") is recorded as written too, so that a
// source line shows it no more than the decoded value.
func SecretsIn(root *reader.Node, src []byte) *secret.Set {
	s := &secret.Set{}
	var walk func(n *reader.Node, key string, header bool)
	walk = func(n *reader.Node, key string, header bool) {
		if n == nil {
			return
		}
		switch n.Kind {
		case reader.String:
			isSecret := secret.IsSecretKey(key) || header && !secret.IsHarmlessHeader(key) || secret.LooksLikeCredential(n.Text)
			if isSecret {
				s.Add(n.Text)
			}
			if raw, escaped := written(n, src); escaped && (isSecret || len(secret.Find(n.Text)) > 0) {
				s.Add(raw)
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

// written is a string as the source spells it, between its quotes, and
// whether that differs from its value (escapes, line continuations).
func written(n *reader.Node, src []byte) (string, bool) {
	if n.Quote == reader.Bare || n.Start < 0 || n.End > len(src) || n.End-n.Start < 2 {
		return "", false
	}
	raw := src[n.Start:n.End]
	_, first := utf8.DecodeRune(raw)
	_, last := utf8.DecodeLastRune(raw)
	if first+last > len(raw) {
		return "", false
	}
	raw = raw[first : len(raw)-last] // quotes may be curly: several bytes
	if string(raw) == n.Text {       // compared without a copy
		return n.Text, false
	}
	return string(raw), true
}
