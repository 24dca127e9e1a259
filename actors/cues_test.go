package actors

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"stance/datasets"
)

// cuesOut makes TestSpeakerCues write, for every actor named in a real
// news sentence or an own speaker-set sentence, the cues the rules read
// about it, for scripts/real/speaker_ranker.py: a learned ranker that
// checks whether those cues hold more than the rules make of them.
var cuesOut = flag.String("cues", "", "write the speaker cues of real news and speaker-set sentences to this CSV file")

// cueSentence is one sentence to write cues for, with its gold speaker.
type cueSentence struct {
	id, split, gold, stance, text string
	day                           time.Time
}

// TestSpeakerCues writes one CSV row per actor code named in each sentence
// (its first mention): the sentence's id, split (train, dev, test for real
// rows; own or heldout for the speaker sets), gold speaker, whether it
// takes a stance, the code, whether it is the gold speaker, the words
// around it, and the rules' cues: whether the rules made it the speaker,
// its place, kind, role mark, and the word classes before and after it.
// Real text goes only to the file named by -cues, never into the project.
func TestSpeakerCues(t *testing.T) {
	if *cuesOut == "" {
		t.Skip("no -cues file named")
	}
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := cueSentences()
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(*cuesOut)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	kinds := []string{KindName, KindAlias, KindCapital, KindSeat, KindDemonym, KindMedia, KindPerson, KindBlock}
	fmt.Fprint(w, "id,split,gold,stance,code,y,w_prev,w_next,w_next2,w_verb,w_first,"+
		"rule,rule_any,rule_none,event,first,midx,pos,poss,mod,mark_speaker,mark_venue,mark_nonactor,"+
		"prev_prep,prev_verb,prev_start,prev_role,prev_det,next_report,next_verb,next_lower,next_comma,next_aux,"+
		"in_quote,report_after,report_before,count,ncodes,state,subj_start,after_by,after_to,after_of")
	for _, k := range kinds {
		fmt.Fprint(w, ",kind_"+k)
	}
	fmt.Fprintln(w)
	a := NewAttributor(g)
	for _, s := range sents {
		a.Reset()
		at := a.Attribute(s.text, s.day)
		for _, row := range a.cueRows(at.Speaker, s.gold, kinds) {
			fmt.Fprintf(w, "%s,%s,%s,%s,%s\n", s.id, s.split, s.gold, s.stance, row)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("cues of %d sentences written to %s", len(sents), *cuesOut)
}

// cueSentences reads the real news rows (NewsMTSC and PETRARCH, read
// undated) and the speaker sets.
func cueSentences() ([]cueSentence, error) {
	const data = "../../shared/data"
	if _, err := os.Stat(data); err != nil {
		return nil, fmt.Errorf("the public corpora are not here: %w", err)
	}
	var files []string
	for _, f := range append(datasets.RealFiles[:len(datasets.RealFiles):len(datasets.RealFiles)], datasets.SpeakerFiles...) {
		files = append(files, filepath.Join("..", "datasets", f))
	}
	c, err := datasets.ReadFiles(&datasets.Library{Root: data}, files...)
	if err != nil {
		return nil, err
	}
	var out []cueSentence
	for _, r := range c.Rows {
		if r.Origin == datasets.UNGDC {
			continue
		}
		st := "stance"
		if r.Neutral() {
			st = "neutral"
		}
		out = append(out, cueSentence{id: r.ID, split: r.Split, gold: r.Speaker, stance: st, text: r.Text})
	}
	paths, _ := filepath.Glob(filepath.Join("testdata", "speakers", "*.tsv"))
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		split := "own"
		if strings.HasPrefix(filepath.Base(p), "heldout") {
			split = "heldout"
		}
		for n, line := range strings.Split(string(b), "\n") {
			f := strings.Split(line, "\t")
			if len(f) != 3 {
				continue
			}
			day, _ := time.Parse("2006-01-02", f[0]) // zero when undated
			out = append(out, cueSentence{id: fmt.Sprintf("%s:%d", filepath.Base(p), n+1), split: split, gold: f[1], stance: "stance", text: f[2], day: day})
		}
	}
	return out, nil
}

// cueRows returns the CSV fields after the stance column for each actor
// code the sentence just attributed names, from its first mention.
func (a *Attributor) cueRows(speaker, gold string, kinds []string) []string {
	count := map[string]int{}
	for _, m := range a.ments {
		count[m.Code]++
	}
	canonAt := func(i int, r rune) bool { return i >= 0 && i < len(a.toks) && a.toks[i].canon == r }
	// Words go to a CSV field: keep commas and quotes out.
	word := func(i int) string {
		return strings.NewReplacer(",", "_", `"`, "_").Replace(strings.ToLower(a.word(i)))
	}
	var rows []string
	seen := map[string]bool{}
	for mi, m := range a.ments {
		if seen[m.Code] {
			continue
		}
		seen[m.Code] = true
		b, next := m.before(), m.t1
		if m.possessive && canonAt(next, '\'') {
			next++
		}
		for a.class(next)&cAdverb != 0 {
			next++
		}
		verb := ""
		for k := next; k < min(len(a.toks), next+5); k++ {
			if a.toks[k].word && a.lower(k) && a.class(k)&(cAux|cBe|cDet|cPrep|cAdverb) == 0 {
				verb = word(k)
				break
			}
		}
		f := []any{m.Code, m.Code == gold, word(b), word(next), word(next + 1), verb, word(a.firstWord),
			speaker == m.Code, speaker != "", speaker == "", a.eventSubj == m.Code, mi == 0, mi,
			fmt.Sprintf("%.3f", float64(m.t0)/float64(max(1, len(a.toks)))),
			m.possessive, m.Modifier, a.mark[mi] == mSpeaker, a.mark[mi] == mVenue, a.mark[mi] == mNonActor,
			a.class(b)&cPrep != 0, a.class(b)&(cVerb|cReport) != 0, b < a.firstWord, a.class(b)&cRole != 0, a.class(b)&cDet != 0,
			a.class(next)&cReport != 0, a.class(next)&cVerb != 0, a.lower(next), canonAt(next, ','), a.class(next)&(cAux|cBe) != 0,
			a.quoted[m.t0], a.hasReporting(m.t1, len(a.toks)), a.hasReporting(0, m.t0),
			count[m.Code], len(count), a.g.isState(m.Code), m.t0 <= a.firstWord+3,
			a.is(b, "by"), a.is(b, "to"), a.is(b, "of")}
		for _, k := range kinds {
			f = append(f, m.Kind == k)
		}
		var sb strings.Builder
		for i, x := range f {
			if i > 0 {
				sb.WriteByte(',')
			}
			switch v := x.(type) {
			case bool:
				if v {
					sb.WriteByte('1')
				} else {
					sb.WriteByte('0')
				}
			default:
				fmt.Fprint(&sb, v)
			}
		}
		rows = append(rows, sb.String())
	}
	return rows
}
