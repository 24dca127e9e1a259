// Package stance scores news articles: for each sentence it finds who
// speaks and about whom, and how much the statement accuses, reassures or
// threatens. It is the small facade Go programs use; the command-line
// tools in cmd/ are built on it.
//
//	model, _ := models.Default()
//	gaz, _ := actors.Default()
//	s := stance.NewScorer(model, gaz)
//	res := s.Score(stance.Input{ID: "a1", Text: article})
//	for _, sent := range res.Sentences { ... }
package stance

import (
	"fmt"
	"strings"
	"sync"
	"time"

	"stance/actors"
	"stance/classifier"
	"stance/datasets"
	"stance/features"
	"stance/report"
	"stance/text"
)

// Input is one article to score. Date, Source and URL are optional; a
// Date given here wins over one found in the text.
//
// Speaker, also optional, is who speaks in a text that never says so: the
// state of a speech, the ministry of a statement ("FRA", or a name the
// gazetteer resolves such as "France", on the article's date; see
// actors.Gazetteer.Resolve).
// First-person and unattributed sentences are then its statements (see
// actors.Attributor.SetSpeaker). A Speaker the gazetteer cannot resolve is
// ignored: check it with Actors.Resolve before scoring.
type Input struct {
	ID, Text, Date, Source, URL string
	Speaker                     string
}

// Result is one scored article.
type Result struct {
	Doc       report.Document
	Byline    string
	Sentences []report.Sentence
}

// Scorer joins a model and a gazetteer. It is safe for concurrent use.
type Scorer struct {
	Model  *classifier.Model
	Actors *actors.Gazetteer
	// Explain, when above zero, fills each sentence's Explain with that
	// many top-contributing features per class.
	Explain int

	workers sync.Pool // for Score
}

// NewScorer returns a Scorer.
func NewScorer(m *classifier.Model, g *actors.Gazetteer) *Scorer {
	s := &Scorer{Model: m, Actors: g}
	s.workers.New = func() any { return s.NewWorker() }
	return s
}

// Worker scores articles with working memory of its own: an attributor
// and the feature extractor's buffers and word cache, which are costly to
// rebuild for every short article. A Worker is for one goroutine; a
// pipeline gives each of its goroutines one.
type Worker struct {
	s       *Scorer
	att     *actors.Attributor
	scratch *features.Scratch
	vec     features.Vector
}

// NewWorker returns a Worker of s.
func (s *Scorer) NewWorker() *Worker {
	return &Worker{s: s, att: actors.NewAttributor(s.Actors), scratch: s.Model.Extractor.NewScratch()}
}

// Score is Worker.Score with a pooled worker; it is safe for concurrent use.
func (s *Scorer) Score(in Input) Result {
	w := s.workers.Get().(*Worker)
	defer s.workers.Put(w)
	return w.Score(in)
}

// Score cleans the article, splits it into sentences, attributes each to a
// speaker and targets, and scores it.
func (w *Worker) Score(in Input) Result {
	s := w.s
	art := text.Parse(in.Text)
	date := parseDate(in.Date)
	if date.IsZero() {
		date = art.Date
	}
	res := Result{
		Doc:       report.Document{ID: in.ID, Date: in.Date, Source: in.Source, URL: in.URL},
		Byline:    art.Byline,
		Sentences: make([]report.Sentence, 0, len(art.Sentences)),
	}
	if res.Doc.Date == "" && !date.IsZero() {
		res.Doc.Date = date.Format("2006-01-02")
	}
	w.att.Reset()
	if in.Speaker != "" {
		// A name is read on the article's date ("Moscow" in 1985 is the
		// Soviet Union); a person named outside their term still names
		// their state.
		code, err := s.Actors.Resolve(in.Speaker, date)
		if err != nil && !date.IsZero() {
			code, err = s.Actors.Resolve(in.Speaker, time.Time{})
		}
		if err == nil {
			w.att.SetSpeaker(code)
		}
	}
	for i, sent := range art.Sentences {
		a := w.att.Attribute(sent, date)
		w.vec = s.Model.Extractor.ExtractWith(w.scratch, w.vec, sent)
		scores := s.Model.ScoreVector(w.vec)
		out := report.Sentence{
			Index:   i + 1,
			Text:    sent,
			Speaker: a.Speaker,
			Targets: a.Targets,
			Scores:  scores,
			Labels:  s.Model.Labels(scores),
		}
		if s.Explain > 0 {
			out.Explain = s.explain(sent, w.vec, scores, out.Labels)
		}
		res.Sentences = append(res.Sentences, out)
	}
	return res
}

// explain names the features behind each assigned class, or behind the
// highest-scoring class of a neutral sentence. An aggregate cue feature
// such as "cue:threat" is shown with the phrases that fired it.
func (s *Scorer) explain(sentence string, v features.Vector, scores classifier.Scores, labels [datasets.NumClasses]bool) string {
	var classes []int
	for c, on := range labels {
		if on {
			classes = append(classes, c)
		}
	}
	if len(classes) == 0 {
		best := 0
		for c := range scores {
			if scores[c] > scores[best] {
				best = c
			}
		}
		classes = []int{best}
	}
	phrases := s.cuePhrases(sentence)
	var parts []string
	for _, c := range classes {
		var fs []string
		for _, con := range s.Model.Explain(v, c, s.Explain) {
			name := con.Feature
			if p := phrases[name]; len(p) > 0 {
				name += " [" + strings.Join(p, ", ") + "]"
			}
			fs = append(fs, fmt.Sprintf("%s (%+.2f)", name, con.Weight))
		}
		parts = append(parts, datasets.Classes[c]+": "+strings.Join(fs, ", "))
	}
	return strings.Join(parts, "; ")
}

// cuePhrases maps each aggregate cue feature name to the lexicon phrases
// behind it in this sentence. A negated hostile cue also feeds
// "cue:reassurance", so it is listed there as "not PHRASE".
func (s *Scorer) cuePhrases(sentence string) map[string][]string {
	lex := s.Model.Extractor.Lexicon
	out := map[string][]string{}
	for _, m := range s.Model.Extractor.Cues(sentence) {
		p := lex.Patterns[m.Pattern]
		class := "cue:" + features.LexiconClasses[p.Class]
		if m.Negated {
			out[class+":negated"] = append(out[class+":negated"], p.Text)
			out["cue:reassurance"] = append(out["cue:reassurance"], "not "+p.Text)
			continue
		}
		out[class] = append(out[class], p.Text)
	}
	return out
}

// parseDate reads an ISO date, an RFC 3339 timestamp, a year (2006) or a
// month (2006-01); anything else is treated as no date.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}
	}
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t
		}
	}
	// A year or a month (speeches are often dated by year alone) dates
	// the sentences by its middle, so that an office-holder or a state of
	// that time resolves: "Moscow" in a speech of 1985 is the Soviet Union.
	if t, err := time.Parse("2006", s); err == nil {
		return t.AddDate(0, 6, 0)
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		return t.AddDate(0, 0, 14)
	}
	return time.Time{}
}
