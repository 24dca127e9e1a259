package actors

import (
	"fmt"
	"strings"
	"time"
)

// Resolve returns the actor code that s stands for: a code the gazetteer
// knows ("FRA", case aside) or a name it resolves on date as one whole
// mention ("France", "the Kremlin", "Emmanuel Macron" during his term).
// Users name a document's speaker either way (Attributor.SetSpeaker), and a
// misspelt one must be an error rather than a code nobody else uses.
func (g *Gazetteer) Resolve(s string, date time.Time) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", fmt.Errorf("empty actor")
	}
	if g.has(s) {
		return s, nil
	}
	if up := strings.ToUpper(s); g.has(up) {
		return up, nil
	}
	if ms := g.Find(s, date); len(ms) == 1 && ms[0].Start == 0 && ms[0].End == len(s) {
		return ms[0].Code, nil
	}
	return "", fmt.Errorf("unknown actor %q: not a code or a name in the gazetteer", s)
}
