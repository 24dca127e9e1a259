package chart

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"stance/report"
)

// Class is a stance class, an index into report.Classes.
type Class int

// ParseClass reads a class name.
func ParseClass(s string) (Class, error) {
	for c, name := range report.Classes {
		if s == name {
			return Class(c), nil
		}
	}
	return 0, fmt.Errorf("unknown class %q (want %s)", s, strings.Join(report.Classes[:], ", "))
}

func (c Class) String() string { return report.Classes[c] }

// Measure is what a chart shows of a class.
type Measure string

// The measures.
const (
	// Mean is the mean score over the sentences.
	Mean Measure = "mean"
	// Count is the number of sentences at or above the class's threshold.
	Count Measure = "count"
	// Share is Count over the number of sentences.
	Share Measure = "share"
)

// ParseMeasure checks a measure name.
func ParseMeasure(s string) (Measure, error) {
	switch m := Measure(s); m {
	case Mean, Count, Share:
		return m, nil
	}
	return "", fmt.Errorf("unknown measure %q (want mean, count or share)", s)
}

// Value is the measure of class c over t; NaN when t holds no sentences,
// so that a chart shows a gap rather than a zero.
func (t *Totals) Value(c Class, m Measure) float64 {
	if t.Sentences == 0 {
		return math.NaN()
	}
	switch m {
	case Count:
		return float64(t.N[c])
	case Share:
		return float64(t.N[c]) / float64(t.Sentences)
	}
	return t.Sum[c] / float64(t.Sentences)
}

// Selector picks the rows of one line or bar: an actor, or a
// speaker->target pair, where either side may merge several codes (a
// state whose code changed: SUN+RUS).
type Selector struct {
	Speakers, Targets []string // Targets is empty for an actor
}

// ParseSelector reads an actor ("PRK", "SUN+RUS") or, with pair, a
// speaker->target pair ("USA:SUN+RUS").
func ParseSelector(s string, pair bool) (Selector, error) {
	side := func(v string) ([]string, error) {
		codes := strings.Split(v, "+")
		for _, c := range codes {
			if c == "" || strings.ContainsAny(c, ": |") {
				return nil, fmt.Errorf("bad actor code %q in %q", c, s)
			}
		}
		return codes, nil
	}
	var sel Selector
	var err error
	if !pair {
		sel.Speakers, err = side(s)
		return sel, err
	}
	sp, tg, ok := strings.Cut(s, ":")
	if !ok {
		return sel, fmt.Errorf("pair %q is not SPEAKER:TARGET (e.g. PRK:USA)", s)
	}
	if sel.Speakers, err = side(sp); err != nil {
		return sel, err
	}
	sel.Targets, err = side(tg)
	return sel, err
}

func (s Selector) String() string {
	if len(s.Targets) == 0 {
		return strings.Join(s.Speakers, "+")
	}
	return strings.Join(s.Speakers, "+") + ":" + strings.Join(s.Targets, "+")
}

func (s Selector) match(k Key) bool {
	return slices.Contains(s.Speakers, k.Speaker) &&
		(len(s.Targets) == 0 || slices.Contains(s.Targets, k.Target))
}

// Label names the selection for a legend: "United States → Soviet
// Union/Russia".
func (t *Table) Label(s Selector) string {
	names := func(codes []string) string {
		parts := make([]string, len(codes))
		for i, c := range codes {
			parts[i] = t.Name(c)
		}
		return strings.Join(parts, "/")
	}
	if len(s.Targets) == 0 {
		return names(s.Speakers)
	}
	return names(s.Speakers) + " → " + names(s.Targets)
}

// check returns an error naming the inputs when a selector does not fit
// the table: the wrong level, or a code no row has.
func (t *Table) check(s Selector) error {
	switch {
	case t.Level == report.ActorLevel && len(s.Targets) > 0:
		return fmt.Errorf("%s: actor-level rows have no targets for pair %s (use an actor, or predict --level dyad)", t.Sources(), s)
	case t.Level == report.DyadLevel && len(s.Targets) == 0:
		return fmt.Errorf("%s: dyad-level rows need a pair SPEAKER:TARGET, not actor %s (or use predict --level actor)", t.Sources(), s)
	}
	for _, side := range [][]string{s.Speakers, s.Targets} {
		if len(side) > 0 && len(t.Unknown(side)) == len(side) {
			return fmt.Errorf("%s: no rows name the actor %s", t.Sources(), strings.Join(side, " or "))
		}
	}
	return nil
}

// Unknown returns the codes no row names. In a merge (SUN+RUS) some may
// be absent from a stretch of years without an error; a caller warns.
func (t *Table) Unknown(codes []string) []string {
	var out []string
	for _, c := range codes {
		if _, ok := t.names[c]; !ok {
			out = append(out, c)
		}
	}
	return out
}

// Point is one period of a series.
type Point struct {
	Period Period
	Totals Totals
	Value  float64 // NaN where the period has no sentences
}

// Series is one line of a chart: a selection's measure per period, one
// point for every period from the first to the last of all the series
// drawn together.
type Series struct {
	Selector Selector
	Label    string
	Points   []Point
}

// maxPeriods bounds the points of a series: a day-by-day chart over a
// few centuries is a mistake, not a wish.
const maxPeriods = 100_000

// Series computes one series per selector, the codes of each side merged
// by adding their totals.
func (t *Table) Series(sels []Selector, c Class, m Measure) ([]Series, error) {
	if t.noPeriod != "" {
		return nil, fmt.Errorf("%s: no period column (run predict with --by year, month, week or day)", t.noPeriod)
	}
	if t.Unit == NoUnit {
		return nil, fmt.Errorf("%s: no dated rows (all periods are empty: the articles need a date)", t.Sources())
	}
	cells := t.sortedCells() // a fixed order of adding makes the same sums
	totals := make([]map[int]*Totals, len(sels))
	lo, hi := math.MaxInt, math.MinInt
	for i, s := range sels {
		if err := t.check(s); err != nil {
			return nil, err
		}
		totals[i] = map[int]*Totals{}
		for _, k := range cells {
			v := t.cells[k]
			if k.Period.Unit == NoUnit || !s.match(k.Key) {
				continue
			}
			p := totals[i][k.Period.Index]
			if p == nil {
				p = &Totals{}
				totals[i][k.Period.Index] = p
			}
			p.add(v)
			lo, hi = min(lo, k.Period.Index), max(hi, k.Period.Index)
		}
		if len(totals[i]) == 0 {
			what := "pair"
			if len(s.Targets) == 0 {
				what = "actor"
			}
			return nil, fmt.Errorf("%s: no dated rows for %s %s", t.Sources(), what, s)
		}
	}
	if hi-lo >= maxPeriods {
		return nil, fmt.Errorf("%s: the periods span %d %ss (%s to %s), more than %d; use a longer period", t.Sources(),
			hi-lo+1, t.Unit, Period{t.Unit, lo}, Period{t.Unit, hi}, maxPeriods)
	}
	out := make([]Series, len(sels))
	for i, s := range sels {
		pts := make([]Point, hi-lo+1)
		for j := range pts {
			pts[j].Period = Period{t.Unit, lo + j}
			if v := totals[i][lo+j]; v != nil {
				pts[j].Totals = *v
			}
			pts[j].Value = pts[j].Totals.Value(c, m)
		}
		out[i] = Series{Selector: s, Label: t.Label(s), Points: pts}
	}
	return out, nil
}

// Bar is one actor or pair of a ranking.
type Bar struct {
	Key    Key
	Label  string
	Totals Totals
	Value  float64
}

// Top ranks the actors or pairs by the measure of class c over all
// periods, keeping the n highest among those with at least minSentences
// sentences. Ties go to the one with more sentences, then by codes, so
// the order never depends on the input's.
func (t *Table) Top(c Class, m Measure, n, minSentences int) ([]Bar, error) {
	sum := map[Key]*Totals{}
	for _, k := range t.sortedCells() { // a fixed order of adding makes the same sums
		v := t.cells[k]
		if sum[k.Key] == nil {
			sum[k.Key] = &Totals{}
		}
		sum[k.Key].add(v)
	}
	var bars []Bar
	for k, v := range sum {
		if v.Sentences >= max(minSentences, 1) {
			bars = append(bars, Bar{Key: k, Totals: *v, Value: v.Value(c, m)})
		}
	}
	if len(bars) == 0 {
		what := "pair"
		if t.Level == report.ActorLevel {
			what = "actor"
		}
		return nil, fmt.Errorf("%s: no %s has %d or more sentences", t.Sources(), what, minSentences)
	}
	sort.Slice(bars, func(i, j int) bool {
		a, b := &bars[i], &bars[j]
		switch {
		case a.Value != b.Value:
			return a.Value > b.Value
		case a.Totals.Sentences != b.Totals.Sentences:
			return a.Totals.Sentences > b.Totals.Sentences
		case a.Key.Speaker != b.Key.Speaker:
			return a.Key.Speaker < b.Key.Speaker
		}
		return a.Key.Target < b.Key.Target
	})
	bars = bars[:min(n, len(bars))]
	for i := range bars {
		k := bars[i].Key
		sel := Selector{Speakers: []string{k.Speaker}}
		if k.Target != "" {
			sel.Targets = []string{k.Target}
		}
		bars[i].Label = t.Label(sel)
	}
	return bars, nil
}
