// Package text turns one raw scraped news article into the pieces the rest
// of stance works on: a headline, a byline, a date and the list of
// sentences to score. It knows nothing about actors or models.
//
// # From page to sentences
//
// [Parse] works line by line, because scraped pages put every paragraph,
// caption and button label on a line of its own. Text whose lines run on
// (a line that does not end a sentence followed by one in lower case, as in
// PDF extractions wrapped at a fixed width) is first reflowed into
// paragraphs: see reflow.go for the rules, [SentenceSpans] and [Unwrap] for
// mapping sentences back to the raw text. News never has such a line;
// Parse looks for one in the pass that splits the lines (as a pass of its
// own, the test cost 8–15 ns per sentence, 1–2% of Parse). Then:
//
//  1. Line ends are normalised and every line is NFKC-normalised, which
//     turns the non-breaking spaces of web pages into plain spaces while
//     keeping curly quotes (they matter to quote detection downstream).
//     NFKC also rewrites "…" as "...", so sentences never contain U+2026.
//  2. Site furniture is dropped: share buttons, "Related video: …",
//     registration prompts, cookie notices, photo credits, and the donation
//     appeals that some sites put inside the article ([IsBoilerplate] and
//     the table in boilerplate.go). Paragraphs next to an appeal that still
//     speak as the site ("we", "our", "your", outside quotes) are dropped
//     too, because appeal blocks run over several paragraphs and only some
//     of them carry a tell-tale phrase. Furniture that a scraper ran into a
//     sentence on the same line goes without the sentence when its end is
//     certain ("(Photo: AP) The minister said…", "SIGN UP FOR OUR
//     NEWSLETTER The envoy…", "Image copyright Reuters Seoul has…"); a
//     caption that runs into a long sentence is kept with it.
//  3. Within the five lines after the headline, a byline ("By Jane Doe",
//     "Jane Doe in Seoul", "Reuters") and a date line ("Sunday 03 July 2022
//     15:26 BST", "July 3, 2022 10:15 a.m. ET", "2022-07-03", "Published
//     03/07/2022") are recognised and set aside. Numeric dates are read day
//     first, the British and European convention of most outlets in the
//     corpus, unless only month first makes sense (07/13/2022). The date is
//     stored at midnight UTC; the time and zone are dropped.
//  4. The headline stays whole, as one sentence, and so does a standfirst
//     without final punctuation; every other paragraph goes through [Split].
//
// # Why a rule-based splitter instead of Punkt
//
// The tool must score more than 100,000 sentences per second per core, so
// splitting may cost about 2 µs per sentence. Punkt
// (github.com/neurosnap/sentences) splits news well but costs 8–14 µs per
// sentence on this kind of machine (BenchmarkPunkt: about 120,000
// sentences per second on the test articles, before any scoring), because
// it allocates a token object per word and runs several annotation passes
// over them. News prose needs little of what Punkt learns: a closed list of
// titles and abbreviations plus a look at the next word settles nearly
// every case. [Split] is one pass over the bytes that allocates only the
// result slice (sentences are substrings of the input); BenchmarkSplit
// measures 80–100 ns per sentence, and [Parse], cleaning included, about
// 0.7 µs per sentence (BenchmarkParse) and 0.6 µs for an article of one
// sentence (BenchmarkParseOneSentence).
//
// # Splitting rules and the choices behind them
//
//   - A sentence ends at ".", "!", "?", "..." or "…" followed by white space
//     and an upper-case letter, a digit or an opening quote or bracket.
//     Closing quotes and brackets right after the punctuation belong to the
//     sentence that ends: `“We will respond.” The ministry said` splits
//     after the closing quote, while `“…world,” said the ministry` does not
//     split at all.
//   - Titles (Mr., Dr., Gen., Sen., St., vs., i.e., e.g. …) never end a
//     sentence. "No.", "Art.", "Vol." and the month abbreviations do not end
//     a sentence before a number ("No. 10", "Jan. 6").
//   - Abbreviations that often close a sentence — dotted forms such as
//     U.S., U.K., U.N., E.U., a.m. and p.m., company suffixes (Inc., Ltd.,
//     Co., Corp.), Jr. and Sr., month abbreviations and single capital
//     initials ("George W. Bush", "N. Korea") — end one only when the next
//     word typically opens a clause (The, It, He, She, They, We, But, In,
//     On, A, …). So "in the U.S. The talks" splits while "the U.S. Navy" and
//     "10 a.m. ET" do not. This is a guess that favours the common case; a
//     proper name after "U.S." at the end of a sentence stays attached.
//   - "etc." is an ordinary word: it ends a sentence when a capital follows,
//     because lists that end in "etc." rarely run on into a proper name.
//   - Decimal numbers (3.5) and dotted words never split, because a break
//     needs white space after the punctuation.
//   - An ellipsis inside an open quotation does not end a sentence: speakers
//     trail off and go on ("“We will see... Maybe later,” he said").
//   - A quotation that spans several sentences is split like any other text,
//     as news NLP tools do: `“We are ready. We will act,” he said.` gives
//     `“We are ready.` and `We will act,” he said.`. The continuation is
//     visible to callers because the second piece has a closing quote
//     without an opening one; attribution code can carry the speaker back.
//
// The package never prints, reads files or panics on input; invalid UTF-8
// must be repaired first with [Sanitize].
package text
