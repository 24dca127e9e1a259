// Package actors finds the states, organisations and armed groups named in a
// news sentence and decides who is speaking and at whom the statement is
// aimed.
//
// It has two halves.
//
// A Gazetteer maps surface forms ("North Korea", "DPRK", "Pyongyang",
// "KCNA", "Kim Jong Un") to actor codes (ISO 3166-1 alpha-3 for states,
// short codes such as NATO or HAMAS otherwise). The default gazetteer is
// embedded (gazetteer.csv, see Parse for its format); users can extend it
// with their own CSV file or with a TABARI/PETRARCH .actors dictionary
// (ParsePetrarch). Matching is case-sensitive and longest-first over whole
// words, because news text is edited prose in which "US" and "us" differ and
// "Iran" must not match inside "Iranian". People in office are dated: a
// name resolves to their actor only during their term.
//
// An Attributor applies a small set of reported-speech rules to pick one
// speaker and the targets of each sentence, in document order:
//
//   - a quote followed by its attribution: "“…,” said X", "“…,” X said";
//   - a reporting verb and its subject: "X accused Y of…", "X said that…",
//     including compound subjects, appositives ("Pyongyang, which…,
//     slammed…"), passives ("Y was accused by X") and attributions at the
//     end ("…, X said", "…, according to X") or set off inside the clause
//     ("The plan, the ministry said, is final");
//   - acts that take a stance through a noun ("recalled its ambassador",
//     "imposed sanctions", "extended an invitation") and reports of another
//     actor's commitment ("an aide said Putin assured Scholz…"), whose
//     committing actor speaks;
//   - pronouns and bare offices ("It also warned", "the ministry said")
//     pointing back to the previous speaker, and quotes that run on;
//   - document context: surnames already introduced ("Ali said" after
//     "President Irfaan Ali") and descriptions such as "the North" in a
//     story about Korea;
//   - the document's own speaker, for speeches and statements
//     (Attributor.SetSpeaker): first-person and unattributed sentences are
//     its statements.
//
// A speaker needs a statement. Following the annotation guide
// (datasets/GUIDE.md), a sentence that only reports an event ("China fired
// missiles around Taiwan") has no speaker and therefore no targets, even
// though it names actors; Find still reports them.
//
// The rules are deliberately shallow: the tool scores millions of
// sentences, so there is no parser, only a tokenizer (token.go), word lists
// (words.go), a noun-phrase scanner (grammar.go) and the rules themselves
// (rules.go in the order decide tries them, then tails.go, subject.go,
// acts.go, relay.go, context.go and furniture.go), each a few scans over
// the tokens of one sentence. Attributing a sentence takes about two
// microseconds.
//
// Gazetteers are immutable and safe for concurrent use. An Attributor carries
// state from one sentence to the next, so use one per goroutine and per
// document stream, and call Reset between documents.
package actors
