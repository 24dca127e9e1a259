#!/bin/sh
# gen-words.sh rebuilds text/words.txt, the word list text uses to decide
# whether a word broken across a line end ("interna-" + "tional") is one
# word or a hyphenated compound ("Asia-" + "Pacific").
#
# Source: Debian's wamerican and wbritish packages (SCOWL word lists by
# Kevin Atkinson; the licence is in text/words.LICENSE, copied from
# /usr/share/doc/wamerican/copyright). Install them with
#   apt-get install wamerican wbritish
# The list is the union of both, lower-cased, without possessives ('s),
# sorted bytewise so that text can binary-search it. Same packages, same
# bytes: the output depends only on the input lists.
set -eu
cd "$(dirname "$0")/.."
for f in /usr/share/dict/american-english /usr/share/dict/british-english; do
	[ -r "$f" ] || { echo "gen-words.sh: $f missing; apt-get install wamerican wbritish" >&2; exit 1; }
done
cat /usr/share/dict/american-english /usr/share/dict/british-english |
	grep -v "'" |
	LC_ALL=C tr 'A-Z' 'a-z' |
	LC_ALL=C sort -u >text/words.txt.tmp
mv text/words.txt.tmp text/words.txt
cp /usr/share/doc/wamerican/copyright text/words.LICENSE
printf 'gen-words.sh: %s words (wamerican %s, wbritish %s)\n' "$(wc -l <text/words.txt)" \
	"$(dpkg-query -W -f '${Version}' wamerican)" "$(dpkg-query -W -f '${Version}' wbritish)"
