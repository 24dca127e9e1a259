// Package features turns a sentence into the sparse vector the classifier
// scores: a bag of word stems (unigrams and bigrams, TF-IDF weighted,
// L2-normalised) followed by cue-phrase and context features.
//
// The same Extractor serves training and prediction, so what is trained is
// exactly what is scored. The pipeline for one sentence is:
//
//	Normalize (NFKC, straight quotes, plain dashes)
//	→ Tokenize (Unicode word boundaries, UAX #29)
//	→ stems (lower case, British→American spelling, Snowball; "US" kept apart from "us")
//	→ bag of words over a Vocabulary fitted on the train split
//	⊕ cue phrases from a Lexicon, with negation scope, modality, conditionals,
//	  quoted and reported speech.
//	⊕ optional Groups: CAMEO verb classes (a Lexicon of event codes, matched
//	  the same way), the speaker's voice, and word clusters learned by
//	  package features/cluster.
//
// Everything here is pure Go: predict builds with CGO_ENABLED=0.
package features
