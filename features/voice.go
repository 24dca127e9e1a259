package features

// The speaker's voice: who is talking and how. The same threat reads
// differently when the speaker makes it ("we will respond"), reports it
// ("Seoul said Pyongyang would respond") or aims it at a named party
// ("warned Washington"); these features tell the classifier which.

// voiceRole flags the words the voice features look for.
type voiceRole uint8

const (
	voiceFirst      voiceRole = 1 << iota // I, me, my, we, us, our
	voicePossessive                       // my, our
	voiceCollective                       // government, country, delegation, nation, people
	voiceName                             // written with a capital: a name (not "I")
)

// VoiceWindow is how many words before a cue the voice features look for
// its subject or frame, and after it for its object.
const VoiceWindow = 5

var voiceWords = func() map[string]voiceRole {
	m := map[string]voiceRole{}
	for _, w := range []string{"i", "me", "my", "we", "us", "our"} {
		m[computeStem(w)] |= voiceFirst
	}
	for _, w := range []string{"my", "our"} {
		m[computeStem(w)] |= voicePossessive
	}
	for _, w := range []string{"government", "country", "delegation", "nation", "people", "state"} {
		m[computeStem(w)] |= voiceCollective
	}
	return m
}()

// voiceOf returns the voice roles of word w with stem stem.
func voiceOf(w, stem string) voiceRole {
	r := voiceWords[stem]
	if w == "I" {
		return r
	}
	if w != "" && w[0] >= 'A' && w[0] <= 'Z' || stem == CountryUS {
		r |= voiceName
	}
	return r
}

// voiceNames are the voice features: two sentence-level ones, then four
// per stance class.
var voiceNames = func() []string {
	names := []string{"voice:we_modal", "voice:my_country"}
	for _, c := range LexiconClasses {
		for _, f := range voicePerClass {
			names = append(names, "voice:"+f+":"+c)
		}
	}
	return names
}()

// voicePerClass are the per-class voice features, for each cue of the
// class: the speaker is its subject (a first-person word just before it),
// it is reported (the sentence has a reporting verb and no first-person
// subject), a name follows it as its object, a modal or conditional frames
// it ("must stop", "unless it withdraws").
var voicePerClass = [...]string{"first_person", "reported", "object_named", "modal_frame"}

// appendVoice adds the voice features of the scanned sentence, whose
// stance cues appendCues has matched.
func (e *Extractor) appendVoice(dst Vector, sc *Scratch) Vector {
	var v [2 + len(LexiconClasses)*len(voicePerClass)]float64
	reporting := false
	feats := sc.feats
	for i, f := range feats {
		reporting = reporting || f.role&Reporting != 0
		if f.voice&voiceFirst != 0 {
			for j := i + 1; j < len(feats) && j <= i+2; j++ {
				if feats[j].role&Modal != 0 {
					v[0] = 1
				}
			}
		}
		if f.voice&voicePossessive != 0 && i+1 < len(feats) && feats[i+1].voice&voiceCollective != 0 {
			v[1] = 1
		}
	}
	for _, m := range sc.matches {
		if m.Negated {
			continue
		}
		base := 2 + e.Lexicon.Patterns[m.Pattern].Class*len(voicePerClass)
		c := sc.clause[m.First]
		first, frame := false, false
		for j := max(0, m.First-VoiceWindow); j < m.First; j++ {
			if sc.clause[j] != c {
				continue
			}
			first = first || feats[j].voice&voiceFirst != 0
			frame = frame || feats[j].role&(Modal|Conditional) != 0
		}
		if first {
			v[base]++
		} else if reporting {
			v[base+1]++
		}
		for j := m.Last + 1; j < len(feats) && j <= m.Last+VoiceWindow && sc.clause[j] == c; j++ {
			if feats[j].voice&voiceName != 0 {
				v[base+2]++
				break
			}
		}
		if frame {
			v[base+3]++
		}
	}
	for f, n := range v {
		if n > 0 {
			dst.Index = append(dst.Index, int32(e.voiceBase+f))
			dst.Value = append(dst.Value, log1p(n))
		}
	}
	return dst
}
