package actors

import (
	"testing"
	"time"
)

// TestAttributeNews runs the built-in gazetteer over news shapes found in
// real reporting (sentences written for the test): attributions set off
// inside the clause, reports of another actor's commitment, sources with
// no code that relay an actor, statements named by their author, states
// that expel, and bare surnames. Each document is one sentence unless it
// lists more; date zero is undated text, read as current.
func TestAttributeNews(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	undated := time.Time{}
	tests := []struct {
		name   string
		date   time.Time
		doc    []line
		speech string // the document speaker, for a speech
	}{
		{"aside with commas", undated, []line{{"The blockade, the Chinese foreign ministry said on Monday, would end only when Manila withdrew.", "CHN>PHL"}}, ""},
		{"aside with dashes", undated, []line{{"Air strikes — the only option left if Damascus cheats, Mr. Obama said — remain on the table.", "USA>SYR"}}, ""},
		{"aside mixed", undated, []line{{"Sanctions — which Tehran calls economic war, Kerry said on Friday — will stay.", "USA>IRN"}}, ""},
		{"no aside: a clause between commas", undated, []line{{"In 2015, Obama said that Iran had been warned.", "USA>IRN"}}, ""},
		{"reported commitment", undated, []line{{"An official in Ankara said on Monday that Trump had assured Erdogan the troops would leave.", "USA>TUR"}}, ""},
		{"reported commitment after a time word", undated, []line{{"Berlin said Wednesday that Putin assured Scholz that Russia would keep the gas flowing.", "RUS>DEU"}}, ""},
		{"reported hostile act stays the reporter's", undated, []line{{"Kerry said Assad had threatened the rebels in Aleppo.", "USA>SYR"}}, ""},
		{"reported commitment, same state", undated, []line{{"Blinken said Biden had pledged more help to Kyiv.", "USA>UKR"}}, ""},
		{"person with no code relays the reported speaker", undated, []line{{"Mr. Dale said Iran had warned it would close the strait.", "IRN>"}}, ""},
		{"person with no code relays only the clause reported", undated, []line{{"Mr. Dale says he stopped buying the cheese last spring, when Trump called Trudeau weak.", ">"}}, ""},
		{"analysts give their own view", undated, []line{{"Analysts said the move came after Iran warned it would close the strait.", ">"}}, ""},
		{"a pronoun relays nothing", undated, []line{{"He warned that if Kyiv rejected the plan, the strikes would go on.", ">"}}, ""},
		{"the owner's office stays the owner's", undated, []line{{"Iran's mission to the UN said Tehran had no link to the attack.", "IRN>"}}, ""},
		{"the AU's council", undated, []line{{"The African Union's Peace and Security Council demanded that the rebels withdraw.", "AU>"}}, ""},
		{"a bare secretary of state is the US one", undated, []line{{"The secretary of state warned Beijing against cyberattacks on American companies.", "USA>CHN"}}, ""},
		{"a bare president calls another state a danger", undated, []line{{"The president said Iran is a danger to the whole region.", "USA>IRN"}}, ""},
		{"an office speaks of its state's stand", undated, []line{{"The foreign minister said Iran remained committed to the deal.", "IRN>"}}, ""},
		{"an outgoing president is still in office", undated, []line{{"“The man who ran the KGB now runs Russia,” the outgoing president said.", "USA>RUS"}}, ""},
		{"a timeline's date label", undated, []line{{"March 2, 2019: Iran warns Riyadh against any further strikes.", "IRN>SAU"}}, ""},
		{"a newspaper named for a city speaks for itself", undated, []line{{"Pyongyang's news agency once called Obama a \"traitor,\" the Washington Post noted.", "PRK>USA"}}, ""},
		{"a name given to the other side", undated, []line{{"Iranian state media referred to the Saudi crown prince as a \"reckless child\" on Sunday.", "IRN>SAU"}}, ""},
		{"backs off", undated, []line{{"Blinken backs off his remarks on Hungary after an outcry in Budapest", "USA>HUN"}}, ""},
		{"hit back", undated, []line{{"Beijing hit back at Canberra over the inquiry on Tuesday.", "CHN>AUS"}}, ""},
		{"took a swipe", undated, []line{{"Ankara took a swipe at Athens over the migrant boats.", "TUR>GRC"}}, ""},
		{"ramped up pressure", undated, []line{{"Washington ramped up pressure on Caracas with new visa bans.", "USA>VEN"}}, ""},
		{"boycotted", undated, []line{{"Lithuania boycotted the talks with Belarus.", "LTU>BLR"}}, ""},
		{"derided", undated, []line{{"Moscow derided the plan by Kyiv as a stunt.", "RUS>UKR"}}, ""},
		{"a leading clause speaks when the main clause reports an event", undated, []line{{"After Tehran threatened to close the strait, oil prices rose sharply.", "IRN>"}}, ""},
		{"a caption runs into the sentence", undated, []line{{"Media playback is unsupported on your device Media caption Macron says Europe must arm itself The French president has warned Moscow.", "FRA>RUS"}}, ""},
		{"a present-tense act in a headline", undated, []line{{"Seoul scraps intelligence pact with Tokyo as feud deepens", "KOR>JPN"}}, ""},
		{"a headline's future act", undated, []line{{"Lebanon to free two captured Israeli soldiers as goodwill gesture", "LBN>ISR"}}, ""},
		{"no headline future inside a noun phrase", undated, []line{{"The insistence of the United States to impose new measures violates the rules.", ">"}}, ""},
		{"a name inside the object of an act", undated, []line{{"Tehran frees 10 U.S. Navy sailors after a day in custody.", "IRN>USA"}}, ""},
		{"walked away from a deal", undated, []line{{"Washington walked away from the arms accord with Moscow on Friday.", "USA>RUS"}}, ""},
		{"sealed the border", undated, []line{{"Algeria sealed its border with Morocco after the attack.", "DZA>MAR"}}, ""},
		{"put on notice", undated, []line{{"Canberra put Beijing on notice over the dumping of steel.", "AUS>CHN"}}, ""},
		{"seized a tanker", undated, []line{{"Iran seized a Greek tanker in the Gulf of Oman on Wednesday.", "IRN>GRC"}}, ""},
		{"handed over", undated, []line{{"Rwanda handed the two suspects over to Burundi on Monday.", "RWA>BDI"}}, ""},
		{"took to task", undated, []line{{"The IAEA took Iran to task over the missing uranium.", "IAEA>IRN"}}, ""},
		{"a senior official of a state", undated, []line{{"Tehran will answer any strike, a senior Iranian official warned.", "IRN>"}}, ""},
		{"a state-run medium", undated, []line{{"Seoul is plotting war, the state-run Korean Central News Agency said.", "PRK>KOR"}}, ""},
		{"an act demanded of another is not its act", undated, []line{{"Vietnam said the United States must withdraw its forces.", "VNM>USA"}}, ""},
		{"halted links listed with commas", undated, []line{{"Moscow halted all air, road and rail links with Tbilisi.", "RUS>GEO"}}, ""},
		{"an officer's adjective before the act's object", undated, []line{{"Manila scraps military pact with Washington", "PHL>USA"}}, ""},
		{"an act's participle after the clause", undated, []line{{"Riyadh cut off the kingdom's flights to Doha, severing ties and sealing its border.", "SAU>QAT"}}, ""},
		{"an event's participle is not an act", undated, []line{{"Pyongyang fired a missile over Japan, raising concerns in Tokyo.", ">"}}, ""},
		{"a long object: put on ice", undated, []line{{"Wellington put military cooperation with Paris on ice after the tests.", "NZL>FRA"}}, ""},
		{"a state suspended", undated, []line{{"The African Union suspended Guinea after the coup.", "AU>GIN"}}, ""},
		{"began an act", undated, []line{{"Kampala began withdrawing its troops from the Congo on Friday.", "UGA>COD"}}, ""},
		{"a decision to act names its author", undated, []line{{"Rabat's decision to end relations with Tehran surprised diplomats.", "MAR>IRN"}}, ""},
		{"an expulsion by its author", undated, []line{{"The expulsion of two Russian attaches by the Dutch government was a warning.", "NLD>RUS"}}, ""},
		{"a passive act names no author", undated, []line{{"The deals with Malaysia were signed at the summit in Jakarta.", ">"}}, ""},
		{"a quote opens the object", undated, []line{{"Erdogan vows “a heavy price” for the attack on Turkish troops", "TUR>"}}, ""},
		{"a headline's second verb", undated, []line{{"Hanoi protests survey ship, demands Beijing pull it out of its waters", "VNM>CHN"}}, ""},
		{"a headline's source relays the one who speaks", undated, []line{{"Kremlin: Erdogan says “sorry” for the downing of the jet", "TUR>RUS"}}, ""},
		{"a headline's source of an event speaks", undated, []line{{"Pentagon: Iran fired four missiles at the base", "USA>IRN"}}, ""},
		{"who speaks on a topic", undated, []line{{"Macron on the submarine deal: “This is a stab in the back”", "FRA>"}}, ""},
		{"the country's president", undated, []line{{"Nobody will take a grain of Ukraine's soil, the country's president warned Moscow.", "UKR>RUS"}}, ""},
		{"an event prompts a stance", undated, []line{{"Beijing sent warships past Okinawa, prompting Tokyo to lodge a protest.", "JPN>CHN"}}, ""},
		{"an act coordinated with an event", undated, []line{{"Ankara massed troops near the border and issued a stern warning to Damascus.", "TUR>SYR"}}, ""},
		{"a body of a state's people", undated, []line{{"Egypt's Muslim Brotherhood denounced the arrests as a crime.", ">"}}, ""},
		{"a state's own centre speaks for it", undated, []line{{"Britain's National Cyber Security Centre said Moscow was behind the attack.", "GBR>RUS"}}, ""},
		{"a statement placed in a capital", undated, []line{{"In a statement issued in Nairobi, the foreign affairs department accused Mogadishu of meddling.", "KEN>SOM"}}, ""},
		{"the Foreign Office of another state", undated, []line{{"At the weekly press briefing in Islamabad, the Foreign Office accused Kabul of sheltering militants.", "PAK>AFG"}}, ""},
		{"the Foreign Office in London", undated, []line{{"The Foreign Office summoned the Russian ambassador.", "GBR>RUS"}}, ""},
		{"a person under an organisation's title", time.Date(2018, 6, 19, 0, 0, 0, 0, time.UTC), []line{{"U.N. Ambassador Nikki Haley announced that Washington was leaving the council.", "USA>"}}, ""},
		{"a state's title keeps its state", time.Date(1991, 6, 1, 0, 0, 0, 0, time.UTC), []line{{"Serbian President Slobodan Milosevic warned Zagreb.", "SRB>HRV"}}, ""},
		{"a later 'by' is no agent of the tail", undated, []line{{"Washington closed the consulate, a step the spokeswoman said was needed to stop theft by Beijing.", "USA>CHN"}}, ""},
		{"an adjective between a possessive and a body", undated, []line{{"Sudan's paramilitary Rapid Support Forces rejected the charges.", "RSF>"}}, ""},
		{"found in breach", undated, []line{{"The IAEA board found Iran in breach of its obligations.", "IAEA>IRN"}}, ""},
		{"opened the door", undated, []line{{"Jakarta opened the door to peacekeepers from Canberra.", "IDN>AUS"}}, ""},
		{"a longer aside with a venue", undated, []line{{"The tariffs on steel, the trade minister of Japan told reporters at the Kantei on Monday, would stay until Seoul relented.", "JPN>KOR"}}, ""},
		{"an aside is no inverted clause", undated, []line{{"Rutte, the alliance's chief, said Moscow's conduct was reckless whether or not it was deliberate, and that NATO would respond.", "NATO>RUS"}}, ""},
		{"a list is no aside", undated, []line{{"Canada, Australia and Portugal announced their recognition of Palestine on Sunday.", "CAN>PSE"}}, ""},
		{"a title that opens in lower case", undated, []line{{"The strikes, national security adviser Jake Sullivan said in a statement on Sunday night, were a warning to Tehran.", "USA>IRN"}}, ""},
		{"a long appositive before the verb of a tail", undated, []line{{"The offer was a trick, Choe Son Hui, the North Korean vice foreign minister in charge of relations with Washington, said.", "PRK>USA"}}, ""},
		{"a long prepositional aside", undated, []line{{"Putin, in a rare address recorded at his residence and aired on state television, warned Kyiv against new strikes.", "RUS>UKR"}}, ""},
		{"an office reports its state's own act", undated, []line{{"Ankara doubled its tariffs on American cars, Vice President Cevdet Yilmaz said.", "TUR>USA"}}, ""},
		{"a longer list of links halted", undated, []line{{"Moscow halted all air, road, rail and postal links with Tbilisi.", "RUS>GEO"}}, ""},
		{"a hyphen inside an aside", undated, []line{{"Netanyahu, in a prime-time address from the defence ministry, said Tehran had lied.", "ISR>IRN"}}, ""},
		{"a leading clause of time", undated, []line{{"Two weeks after Greek commandos boarded a Turkish freighter, Ankara said it had summoned the Greek ambassador.", "TUR>GRC"}}, ""},
		// A name with "Jr." is the son's, not the office-holder's.
		{"a junior is another person", undated, []line{{"Donald Trump Jr. lashed out at the talk-show host on Wednesday.", ">"}}, ""},
		{"a junior with a comma", undated, []line{{"Donald Trump, Jr. accused the senator of lying.", ">"}}, ""},
		{"a junior who holds office himself", undated, []line{{"Ferdinand Marcos Jr. accused Beijing of bullying Filipino fishermen.", "PHL>CHN"}}, ""},
		// A private person with a demonym speaks for no state.
		{"a rap star is no state", undated, []line{{"Canadian rap star Drake used a concert to mock the president.", ">"}}, ""},
		{"a writer is no state", undated, []line{{"French writer Michel Houellebecq accused Brussels of tyranny.", ">"}}, ""},
		// Undated, a person whose last term has ended and who campaigns is a
		// candidate; with a date or a title, the office-holder.
		{"a former office-holder on the trail", undated, []line{{"Hillary Clinton, the Democratic frontrunner, accused the governor of lying about the budget.", ">"}}, ""},
		{"an office-holder by date, campaigning", time.Date(2012, 10, 6, 0, 0, 0, 0, time.UTC), []line{{"Barack Obama, campaigning in Ohio, accused Republicans of blocking the jobs bill.", "USA>"}}, ""},
		{"a title holds the office, campaigning", undated, []line{{"President Obama, campaigning in Ohio, accused Republicans of blocking the jobs bill.", "USA>"}}, ""},
		// A related link's headline runs into the sentence.
		{"a link's headline, then the sentence", undated, []line{{"SEE ALSO: Tokyo hails new chapter with Seoul The Kremlin said the sanctions were illegal.", "RUS>"}}, ""},
		{"a link's headline alone is read as a headline", undated, []line{{"RELATED: Tokyo protests Seoul's survey ships", "JPN>KOR"}}, ""},
		// A headline's addressee: "X to Y: …".
		{"a headline to its addressee", undated, []line{{"Canberra to Beijing: lift the barley tariffs", "AUS>CHN"}}, ""},
		{"a headline to its addressee, more named", undated, []line{{"Paris to Algiers: return our diplomats from Niger", "FRA>DZA|NER"}}, ""},
		{"fuming at a capital", undated, []line{{"Ankara fumed at Stockholm over the burning of the book.", "TUR>SWE"}}, ""},
		{"a photo credit's tail", undated, []line{{"| AP Photo Kyiv accused Moscow of shelling the plant.", "UKR>RUS"}}, ""},
		{"out of office by the time of a later holder named", undated, []line{{"Tony Blair accused David Cameron of abandoning Europe.", ">"}}, ""},
		{"a successor sworn in the day the other left leaves the time open", undated, []line{{"Obama warned Trump against scrapping the nuclear deal with Iran.", "USA>IRN"}}, ""},
		{"two who served together leave the time open", undated, []line{{"Pence said Trump would never abandon the Baltic states.", "USA>"}}, ""},
		{"a title dates undated news", undated, []line{{"Rubio said President Obama had betrayed Israel over the settlements vote.", ">"}}, ""},
		{"a title of one who served alongside", undated, []line{{"Tillerson said President Trump was ready to meet Kim.", "USA>PRK"}}, ""},
		{"a former title dates nothing", undated, []line{{"Pompeo said former President Obama had emboldened Tehran.", "USA>IRN"}}, ""},
		// A participle with a time qualifies the subject; the verb comes after.
		{"a reduced relative before the verb", undated, []line{{"The corridor unveiled on Monday drew a sharp protest from Ankara.", "TUR>"}}, ""},
		{"a reduced relative before an as-clause", undated, []line{{"The talks announced last week came as Hanoi accused Beijing of ramming its boats.", "VNM>CHN"}}, ""},
		{"a participle that is the verb", undated, []line{{"The drills started Monday and will last a week.", ">"}}, ""},
		// The eleventh round, from its tuning set.
		{"an address used as a platform", undated, []line{{"Erdogan used his address to the party congress as a platform to accuse Athens of arming the islands.", "TUR>GRC"}}, ""},
		{"a move under fire, with no reason given", undated, []line{{"Hanoi's crackdown on bloggers came under fire from the European Union.", "EU>VNM"}}, ""},
		{"a convoy under fire is shot at", undated, []line{{"The aid convoy came under fire from Syrian troops.", ">"}}, ""},
		{"a rejection met with", undated, []line{{"Dhaka's account of the clash met with flat rejection from New Delhi.", "IND>BGD"}}, ""},
		{"a reduced relative with a place and a time", undated, []line{{"The pipeline deal signed in Ankara on Monday drew a sharp rebuke from Athens.", "GRC>"}}, ""},
		{"a reduced relative with its agent", undated, []line{{"The tariffs announced last week by Washington were met with defiance from Beijing.", "CHN>USA"}}, ""},
		{"a headline source the gazetteer does not know", undated, []line{{"Okonkwo: Pretoria must explain the arrests", ">"}}, ""},
		{"a headline to an addressee from an unknown source", undated, []line{{"Okonkwo to Pretoria: release the detained sailors", ">"}}, ""},
		{"a topic before a headline's colon", undated, []line{{"Coronavirus: Beijing accuses Washington of spreading rumours", "CHN>USA"}}, ""},
		{"a headline kicker is no source", undated, []line{{"Exclusive: Beijing warns Manila over the shoal", "CHN>PHL"}}, ""},
		{"a dateline in capitals is no source", undated, []line{{"GENEVA: Tehran accused the agency of leaking its reports.", "IRN>"}}, ""},
		{"an opposition leader speaks for no state", undated, []line{{"Opposition leader Peter Dutton accused Labor of going soft on Beijing.", ">"}}, ""},
		{"an accusation's clause is no relayed offer", undated, []line{{"The Russian embassy in Paris accused the French government of meddling after it offered asylum to the activists.", "RUS>FRA"}}, ""},
		{"a president of a later term that only touches", undated, []line{{"Trump, campaigning in Iowa, accused President Biden of opening the border.", ">"}}, ""},
		{"an occasion taken to speak", undated, []line{{"Blinken took the opportunity to warn Beijing against arming Moscow.", "USA>CHN|RUS"}}, ""},
		{"an object pronoun after a headline's second verb", undated, []line{{"PLA begins drills near Taiwan, calls them a warning to separatists", "CHN>TWN"}}, ""},
		{"an act verb before its object's noun", undated, []line{{"ICC issues arrest warrant for Netanyahu over Gaza", "ICC>ISR"}}, ""},
		{"an inverted attribution is no clause", undated, []line{{"Moscow denies arming the rebels, says Ukrainian jet was flying nearby", "RUS>UKR"}}, ""},
		{"an inverted attribution with a relative clause", undated, []line{{"“We oppose all cyberattacks,” said Lin Jian, a foreign ministry spokesperson, who accused Washington of smears.", "CHN>USA"}}, ""},
		{"an inverted attribution before a clause in -ed", undated, []line{{"Manila demands Beijing withdraw its ships, says Chinese vessels rammed a supply boat", "PHL>CHN"}}, ""},
		{"a quote before the subject's auxiliary", undated, []line{{"Beijing ‘will never accept’ the ruling, foreign ministry spokesperson says", "CHN>"}}, ""},
		{"rounds on", undated, []line{{"Erdogan rounds on Athens over the migrant pushbacks", "TUR>GRC"}}, ""},
		{"an embedded verb that is also a noun", undated, []line{{"India and Pakistan trade barbs at the UN as New Delhi calls Islamabad a haven for terrorists", "IND>PAK"}}, ""},
		{"an opposition leader in apposition", undated, []line{{"Alexei Navalny, the Russian opposition leader, said the Kremlin had ordered his poisoning.", ">"}}, ""},
		{"a former official relays nothing", undated, []line{{"John Bolton, the president's former national security adviser, said Trump had begged Xi for help.", ">"}}, ""},
		{"a long aside before the verb", undated, []line{{"The Korean People's Army, in a statement carried by KCNA while the remarks were still on the news, said it was weighing a strike on Guam.", "PRK>"}}, ""},
		{"turned on", undated, []line{{"Moments after the laughter died down, Trump turned on Iran's rulers.", "USA>IRN"}}, ""},
		{"a passive with no agent before a tail", undated, []line{{"Any seizure of frozen assets will be regarded as theft, Russian Foreign Ministry spokeswoman Maria Zakharova said.", "RUS>"}}, ""},
		{"a passive in a speech stays the speech's", undated, []line{{"It will be recalled that the offensive, according to their propaganda, was to end the war.", "KHM>"}}, "KHM"},
		{"the Foreign Office placed after the verb", undated, []line{{"The Foreign Office spokesperson told the weekly briefing in Islamabad that Kabul must act.", "PAK>AFG"}}, ""},
		{"a commentary carried by a medium", undated, []line{{"A commentary carried by Rodong Sinmun branded Tokyo's plans a bid for reinvasion.", "PRK>JPN"}}, ""},
		{"a list joined by 'and' in an act's object", undated, []line{{"NATO decided on Tuesday to suspend all practical civilian and military cooperation with Moscow.", "NATO>RUS"}}, ""},
		{"a state's stand with 'never' before a tail", undated, []line{{"China never seeks hegemony, a defence ministry spokesperson said, dismissing the Pentagon report.", "CHN>USA"}}, ""},
		{"a shadow government speaks for no state", undated, []line{{"Myanmar's shadow National Unity Government accused the junta of a war crime.", ">"}}, ""},
		{"a statement named by its author's possessive", undated, []line{{"He gave no details and didn't directly address Washington's complaint that Beijing steals technology.", "USA>CHN"}}, ""},
		{"a decision to act named by its author", undated, []line{{"The envoy was sent to allay concerns about Trump's decision to withdraw troops from Syria.", "USA>SYR"}}, ""},
		{"a statement named only as background", undated, []line{{"Oil prices fell back after Tehran's address to the nation.", ">"}}, ""},
		{"a headline in capitals", undated, []line{{"NORTH KOREA VOWS TO BOLSTER DETERRENT AFTER US CARRIER DOCKS IN BUSAN", "PRK>USA"}}, ""},
		{"a headline in title case", undated, []line{{"Algeria Cuts Diplomatic Ties With Morocco Over Hostile Actions", "DZA>MAR"}}, ""},
		{"a title-case headline keeps its names", undated, []line{{"Japan Slams China Over Paris Agreement Exit", "JPN>CHN"}}, ""},
		{"Brussels speaks for the EU", undated, []line{{"Brussels slapped retaliatory tariffs on American bourbon on Friday.", "EU>USA"}}, ""},
		{"an official reports another state's wrongdoing", undated, []line{{"The official said Tehran had violated the accord twice this year.", ">"}}, ""},
		{"an official speaks of their own state", undated, []line{{"The minister said Warsaw had raised its defence budget and would answer any attack.", "POL>"}}, ""},
		{"an official's own denial", undated, []line{{"The spokesman said Taipei had no intention of provoking a war.", "TWN>"}}, ""},
		{"an official's own stand", undated, []line{{"The ministry said Beijing firmly opposes arms sales to the island.", "CHN>"}}, ""},
		{"a president accusing another state", undated, []line{{"The president said Mexico was taking advantage of American farmers.", "USA>MEX"}}, ""},
		{"the president of a story's state", undated, []line{{"Lula met farmers in Bahia on Monday.", ">"}, {"The president said Washington was bullying small nations.", "BRA>USA"}}, ""},
		{"the president of something", undated, []line{{"The president of the chamber accused Madrid of stalling.", ">"}}, ""},
		{"aside after the subject", undated, []line{{"The Turkish defence ministry, in a statement posted on its website late on Sunday, accused Athens of arming the islands.", "TUR>GRC"}}, ""},
		{"drew a rebuke from", undated, []line{{"The visit drew a sharp rebuke from Beijing, which called it a provocation.", "CHN>"}}, ""},
		{"sparked protests from", undated, []line{{"The drills sparked angry protests from Pyongyang.", "PRK>"}}, ""},
		{"drew fire from is no statement", undated, []line{{"The patrol drew fire from the militia.", ">"}}, ""},
		{"headline source after a dash", undated, []line{{"Our troops will stay in the Baltics as long as needed - Pentagon", "USA>"}}, ""},
		{"a topic before a dash names no source", undated, []line{{"New sanctions on Caracas — the United States", ">"}}, ""},
		{"prose ending on a dash names a target", undated, []line{{"One state blocks every resolution — Israel.", ">"}}, ""},
		{"a senior administration official", undated, []line{{"“We are not going to blink,” a senior administration official told reporters.", "USA>"}}, ""},
		{"the administration", undated, []line{{"The administration warned Havana that the embassy could close.", "USA>CUB"}}, ""},
		{"another administration's officials", undated, []line{{"Kurdish administration officials accused Ankara of shelling villages.", ">"}}, ""},
		{"the administration of a territory", undated, []line{{"The administration of the territory passed to Lisbon.", ">"}}, ""},
		{"the Justice Department", undated, []line{{"The Justice Department accused two Iranian hackers of attacking American hospitals.", "USA>IRN"}}, ""},
		{"talks suspended in retaliation", undated, []line{{"Beijing suspended talks with Washington on drug control in retaliation.", "CHN>USA"}}, ""},
		{"an accusing report of another's past act", undated, []line{{"The spokesman warned that Tehran was preparing attacks on shipping.", ">"}}, ""},
		{"an accusing report of the speaker's own future", undated, []line{{"The spokesman warned that Budapest would block any such package.", "HUN>"}}, ""},
		{"told reporters before the complement", undated, []line{{"The spokeswoman told reporters that Canberra would not back down.", "AUS>"}}, ""},
		{"a statement issued by an embassy", undated, []line{{"The statement, issued by the Chinese embassy in Ottawa, called the arrest a political frame-up.", "CHN>"}}, ""},
		{"a membership suspended", undated, []line{{"The African Union suspended Guinea's membership after the coup.", "AU>GIN"}}, ""},
		{"with X accusing", undated, []line{{"Ties have soured since March, with Ankara accusing Stockholm of sheltering militants.", "TUR>SWE"}}, ""},
		{"a clip showing X taking aim", undated, []line{{"The broadcast included Maduro taking a swipe at Bogota over the border.", "VEN>COL"}}, ""},
		{"a participle after a preposition names a target", undated, []line{{"Crowds gathered outside the embassy, with banners addressed to Moscow urging peace.", ">"}}, ""},
		{"headline in capitals glued to the sentence", undated, []line{{"MINISTER MEETS FREED HOSTAGES, PRAISES RESCUERS French army chief Thierry Burkhard warned Bamako against paying ransoms.", "FRA>MLI"}}, ""},
		{"a video embed before the sentence", undated, []line{{"Minister warns Washington 1:47 autoplay autoplay Copy this code to your website or blog Tehran said it would not negotiate with Washington.", "IRN>USA"}}, ""},
		{"a post's signature before the sentence", undated, []line{{"Great call with the President of Mexico today. — Donald J. Trump (@realDonaldTrump) August 31, 2016 Pena Nieto said Mexico would never pay for the wall.", "MEX>"}}, ""},
		{"an embedded post is its author's", undated, []line{{"We will never let Mexico cheat us again! — Donald J. Trump (@realDonaldTrump) August 31, 2016", "USA>MEX"}}, ""},
		{"rebels of a state do not speak for it", undated, []line{{"Libyan rebels accused Tripoli of shelling Misrata.", ">"}}, ""},
		{"an armed group's rebels do", undated, []line{{"Houthi rebels warned Riyadh of more strikes.", "HOUTHIS>SAU"}}, ""},
		{"an ethnic group named by two demonyms", undated, []line{{"Bosnian Croat leaders accused Sarajevo of ignoring them.", ">"}}, ""},
		{"an opposition leader", undated, []line{{"Belarus's opposition leader accused Lukashenko of stealing the vote.", ">"}}, ""},
		{"a former official", undated, []line{{"Former Israeli security chiefs accused the government of prolonging the war.", ">"}}, ""},
		{"a body with a name of its own after a demonym", undated, []line{{"The American Farm Bureau Federation accused Beijing of targeting farmers.", ">"}}, ""},
		{"a demonym and an unknown title", undated, []line{{"Ukrainian ombudsman Dmytro Lubinets said Moscow tortured prisoners.", "UKR>RUS"}}, ""},
		{"an armed group after a state's possessive", undated, []line{{"Yemen's Huthi rebels accused Riyadh of bombing villages.", "HOUTHIS>SAU"}}, ""},
		{"quoted as saying", undated, []line{{"Yonhap quoted a South Korean military official as saying Northern boats had crossed the line.", "KOR>"}}, ""},
		{"an anonymous source", undated, []line{{"A senior Indian official who asked not to be named told AFP that Islamabad was arming the infiltrators.", "IND>PAK"}}, ""},
		{"a bloc named after its noun", undated, []line{{"Djibouti was accused by the regional bloc IGAD of sheltering fighters.", "IGAD>DJI"}}, ""},
		{"an assurance relayed", undated, []line{{"The envoy told reporters that Tehran had given him a firm assurance that inspectors could return.", "IRN>"}}, ""},
		{"an office posted to the UN", undated, []line{{"“Iran has never sought nuclear weapons,” the country's mission to the United Nations said.", "IRN>"}, {"“We will answer,” the ambassador to the UN said.", "IRN>"}}, ""},
		{"a state's office in a participle clause", undated, []line{{"Pyongyang cut the rail links, with its army calling the move a response to Seoul's leaflets.", "PRK>KOR"}}, ""},
		{"a state suspended from a body", undated, []line{{"ECOWAS suspended Guinea from all its decision-making bodies.", "ECOWAS>GIN"}}, ""},
		{"a finding", undated, []line{{"Washington determined that the junta in Myanmar had committed atrocities against the Rohingya.", "USA>MMR"}}, ""},
		{"travel ban and asset freeze", undated, []line{{"The European Union imposed a travel ban and an asset freeze on Lukashenko.", "EU>BLR"}}, ""},
		{"representations lodged", undated, []line{{"Beijing lodged stern representations with Canberra over the remarks.", "CHN>AUS"}}, ""},
		{"a state medium in apposition", undated, []line{{"“The drills are a rehearsal for invasion,” the North's main newspaper, Rodong Sinmun, said in a commentary.", "PRK>"}}, ""},
		{"no agent in another clause", undated, []line{{"“We seek no war with Tehran,” Ms. Dale told reporters, but she said Washington would not stand by while Iran armed militias.", ">"}}, ""},
		{"an office cutting ties", undated, []line{{"Mali's military government cut diplomatic ties with Kyiv, accusing it of backing rebels.", "MLI>UKR"}}, ""},
		{"a coordinated clause with a bare office", undated, []line{{"Paris struck the camps overnight, and the president warned the jihadists that more strikes would follow.", "FRA>"}}, ""},
		{"a coordinated clause with a pronoun is not read", undated, []line{{"Pyongyang has not commented, and it rarely answers such charges from Seoul.", ">"}}, ""},
		{"an office said on state television", undated, []line{{"“Paris has no lesson to give us,” the junta's spokesman said on state broadcaster ORTM.", "MLI>FRA"}}, ""},
		{"a relayed commitment of two sides", undated, []line{{"Oslo said the Venezuelan government and the opposition had both pledged to keep talking.", "VEN>"}}, ""},
		{"an official reporting atrocities", undated, []line{{"The envoy said Khartoum had committed atrocities in Darfur.", ">"}}, ""},
		{"an office speaks for no armed group", undated, []line{{"The army said the RSF had launched a coup attempt.", ">"}}, ""},
		{"an airspace closed", undated, []line{{"Algiers closed its airspace to flights from Mali.", "DZA>MLI"}}, ""},
		{"a retired general", undated, []line{{"Retired General Talat Masood said New Delhi was stoking war hysteria.", ">"}}, ""},
		{"an appositive opening with an office", undated, []line{{"Zabihullah Mujahid, chief spokesman of the Islamic Emirate, condemned the strikes in Khost.", "AFG>"}}, ""},
		{"a media relations office", undated, []line{{"Hezbollah's media relations office denied any link to the rocket.", "HEZBOLLAH>"}}, ""},
		{"a resolution adopted by a body", undated, []line{{"A resolution adopted by the Arab League held the occupation responsible for the crimes.", "ARAB>"}}, ""},
		{"a relayed assurance after talks with someone", undated, []line{{"Foreign Minister Ahmed Khan said after talks with Wang Yi in Beijing that China had assured Pakistan of its support.", "CHN>PAK"}}, ""},
		{"a statement in a with-phrase", undated, []line{{"Trump opened the year with a tweet charging that Islamabad had repaid aid with deception.", "USA>PAK"}}, ""},
		{"a joint agreement with a pledge", undated, []line{{"Riyadh and Tehran agreed to restore relations, pledging respect for each other's sovereignty.", "SAU>"}}, ""},
		{"a joint agreement alone is an event", undated, []line{{"Riyadh and Tehran agreed to restore relations within two months.", ">"}}, ""},
		{"a relayed future concession", undated, []line{{"Riyadh will reopen its airspace to Qatari flights, Kuwait's foreign minister announced.", "SAU>QAT"}, {"Tehran will pay a heavy price, the Israeli foreign minister said.", "ISR>IRN"}}, ""},
		{"a demonym before an armed faction", undated, []line{{"Kataib Hezbollah, a powerful Iraqi armed faction, warned US forces to leave.", ">"}}, ""},
		{"relations downgraded", undated, []line{{"Islamabad downgraded diplomatic relations with New Delhi.", "PAK>IND"}}, ""},
		{"a tanker freed", undated, []line{{"Tehran freed the British-flagged tanker, a government spokesman said.", "IRN>GBR"}}, ""},
		{"an accepted invitation relayed", undated, []line{{"An official in Ankara said that Biden had accepted Erdogan's invitation to visit Turkey.", "USA>TUR"}}, ""},
		{"an office on its own forces' future", undated, []line{{"Defence Minister Eli Cohen said on Sunday that the Israeli army would keep up the siege.", "ISR>"}}, ""},
		{"an office on another's forces' past", undated, []line{{"The official said Iranian troops had crossed the border.", ">"}}, ""},
		{"a right reserved", undated, []line{{"The minister said on Saturday that Israel reserved the right to strike back at Baghdad.", "ISR>IRQ"}}, ""},
		{"a right denied", undated, []line{{"The spokesman had said in a briefing on Friday that Beijing had no right to speak for Taipei.", ">"}}, ""},
		{"a clause of its own before that", undated, []line{{"The ministry said the arrival of the carrier showed that Washington was preparing for war.", ">"}}, ""},
		{"a vote on a day", undated, []line{{"The Security Council voted on Tuesday to impose an arms embargo on Libya.", "UN>LBY"}}, ""},
		{"an ultimatum of hours", undated, []line{{"Netanyahu gave Hamas 48 hours on Saturday to free the hostages.", "ISR>HAMAS"}}, ""},
		{"an arrest warrant", undated, []line{{"The International Criminal Court issued an arrest warrant for Putin.", "ICC>RUS"}}, ""},
		{"a relayed assurance in a trailing report", undated, []line{{"Russian Defence Minister Sergei Shoigu assured Hagel that the troops were on exercises, the Pentagon said.", "RUS>USA"}}, ""},
		{"a liberation army is no state", undated, []line{{"The Kosovo Liberation Army accused Serbian police of executing villagers.", ">"}}, ""},
		{"a dateline with a byline before it", undated, []line{{"/ Updated By Jane Doe LONDON — Canadian Prime Minister Justin Trudeau said Monday that Ottawa would not bow to Beijing.", "CAN>CHN"}}, ""},
		{"a wire dateline", undated, []line{{"WASHINGTON (Reuters) - The State Department accused Beijing of coercion.", "USA>CHN"}}, ""},
		{"North Korean media", undated, []line{{"Summit was a 'historic success' says North Korean media", "PRK>"}}, ""},
		{"a pronoun for a possessed office", undated, []line{{"Turkey's President Recep Tayyip Erdogan raised eyebrows when he said Riyadh had agreed to the plan.", "TUR>SAU"}}, ""},
		{"a participle clause of an actor inside an object", undated, []line{{"The broadcast included Maduro taking a swipe at Bogota by accusing it of harbouring gangs.", "VEN>COL"}}, ""},
		{"a report by a possessed medium", undated, []line{{"A report by the North's Korean Central News Agency said the drills were a rehearsal for war.", "PRK>"}}, ""},
		{"Kim after an unknown given name", undated, []line{{"Sung Kim, the US envoy, said Washington bore the North no ill will.", "USA>"}}, ""},
		{"aside with an agent is no attribution", undated, []line{{"Kataib Hezbollah, the militia blamed by the Pentagon, had announced a pause.", ">"}}, ""},
		{"reported agreement stays the reporter's", undated, []line{{"The White House said Colombia had agreed to all of the terms.", "USA>COL"}}, ""},
		{"designation without terrorism", undated, []line{{"Beijing designates a commemoration day for the handover.", ">"}}, ""},
		{"aside with a pronoun speaks for the subject", undated, []line{{"The Obama administration, he said, wanted better ties with Havana.", "USA>CUB"}}, ""},
		{"source with no code relays an act", undated, []line{{"Mr. Altun said Erdogan extended an invitation to the Iraqi prime minister.", "TUR>IRQ"}}, ""},
		{"reported call to offer condolences", undated, []line{{"Turkey's Anatolian agency said Biden phoned Erdogan to offer his condolences after the quake.", "USA>TUR"}}, ""},
		{"voted to expel", undated, []line{{"Iraq's parliament voted to expel US troops from the country.", "IRQ>USA"}}, ""},
		{"decided to recall", undated, []line{{"France decided to recall its ambassador from Canberra.", "FRA>AUS"}}, ""},
		{"voted to build is no stance", undated, []line{{"The Iraqi parliament voted to build a new school.", ">"}}, ""},
		{"suspended arms exports", undated, []line{{"Canada has suspended arms exports to Turkey over its offensive.", "CAN>TUR"}}, ""},
		{"suspended production is no stance", undated, []line{{"The Turkish factory suspended production after the strike.", ">"}}, ""},
		{"a body after a state's possessive", undated, []line{{"Lebanon's Hezbollah threatened Israel with a harsh response.", "HEZBOLLAH>ISR"}}, ""},
		{"an office after a state's possessive", undated, []line{{"Russia's TASS said Moscow would respond.", "RUS>"}}, ""},
		{"headline: single quote before says", undated, []line{{"Summit was 'a great success' says Pyongyang", "PRK>"}}, ""},
		{"adverb between aux and verb", undated, []line{{"Washington has long accused Tehran of sponsoring terrorism.", "USA>IRN"}}, ""},
		{"as X put it", undated, []line{{"As Pompeo put it on Sunday, Iran must behave like a normal country.", "USA>IRN"}}, ""},
		{"as X said", undated, []line{{"As the Kremlin said on Friday, the talks with Kyiv are over.", "RUS>UKR"}}, ""},
		{"as a time clause", undated, []line{{"As the crisis deepened, Iran said it would respond.", "IRN>"}}, ""},
		{"as in a speech is the speaker's", undated, []line{{"As the United States itself has reported, the blockade costs billions.", "CUB>USA"}}, "CUB"},
		{"a statement's possessive owner", undated, []line{{"Trump's remarks came as the administration weighed new tariffs on Chinese steel.", "USA>CHN"}}, ""},
		{"came under fire over", undated, []line{{"Israel came under fire from Turkey over the raid on the flotilla.", "TUR>ISR"}}, ""},
		{"came under fire, literally", undated, []line{{"The convoy came under fire from Syrian troops near the border.", ">"}}, ""},
		{"under pressure from", undated, []line{{"The minister has come under growing pressure from Washington to resign.", "USA>"}}, ""},
		{"hit out at", undated, []line{{"Erdogan hit out at the European Union for failing to keep its promises.", "TUR>EU"}}, ""},
		{"took aim at", undated, []line{{"Beijing took aim at Washington over its arms sales to Taipei.", "CHN>USA|TWN"}}, ""},
		{"ruled out talks", undated, []line{{"Moscow ruled out any talks with Kyiv until its conditions were met.", "RUS>UKR"}}, ""},
		{"rebuffed", undated, []line{{"Tehran rebuffed the European offer of talks.", "IRN>"}}, ""},
		{"filed a protest", undated, []line{{"Manila filed a diplomatic protest against Beijing over the attack.", "PHL>CHN"}}, ""},
		{"broke off relations", undated, []line{{"Venezuela broke off diplomatic relations with Colombia on Friday.", "VEN>COL"}}, ""},
		{"passed a resolution", undated, []line{{"Kuwait's parliament passed a resolution condemning the Israeli raids.", "KWT>ISR"}}, ""},
		{"a news conference at a venue", undated, []line{{"Blinken told a news conference at the Kremlin that Iran must stop.", "USA>IRN"}}, ""},
		{"seemed to rebuke", undated, []line{{"Clapper seemed to implicitly rebuke Moscow over the hacking.", "USA>RUS"}}, ""},
		{"seemed to go well is no statement", undated, []line{{"The Iranian drills seemed to go well.", ">"}}, ""},
		{"a pronoun in a later clause is the main subject", undated, []line{{"Two days later, Mattis caused a stir when he told senators that Iran was arming the militias.", "USA>IRN"}}, ""},
		{"not a subject inside a preposition", undated, []line{{"Warnings about Hamas were examined by inquiries, which found that they had been dismissed.", ">"}}, ""},
		{"renewed its call", undated, []line{{"The Arab League renewed its call for Israel to halt settlement construction.", "ARAB>ISR"}}, ""},
		{"renewed a contract is no stance", undated, []line{{"The Turkish firm renewed its contract with the port.", ">"}}, ""},
		{"statement by an office", undated, []line{{"The statement by the French presidency came hours before the vote in Brussels.", "FRA>"}}, ""},
		{"warning from a capital", undated, []line{{"A warning from Beijing followed the sailing of the destroyer.", "CHN>"}}, ""},
		{"study by researchers is no statement", undated, []line{{"A study by French researchers came out on Monday.", ">"}}, ""},
		{"deported from", undated, []line{{"The former general was deported from Canada for war crimes, court papers show.", "CAN>"}}, ""},
		{"expelled from", undated, []line{{"Two attaches were expelled from the United States on Friday.", "USA>"}}, ""},
		{"designated", undated, []line{{"The State Department designated the militia a terrorist organisation.", "USA>"}}, ""},
		{"classified with a quote", undated, []line{{"The State Department classified the 58-year-old commander as a “global terrorist” in June.", "USA>"}}, ""},
		{"grieves", undated, []line{{"Pope Francis grieves for the victims of the attack in Kabul.", "VAT>"}}, ""},
		{"bare Kim is the leader", undated, []line{{"Kim vowed to keep building missiles despite the talks with Washington.", "PRK>USA"}}, ""},
		{"Kim before an unknown name", undated, []line{{"Kim Dae-jung urged Pyongyang to open its border.", ">"}}, ""},
		{"Kim learnt from the document", undated, []line{
			{"South Korean Defence Minister Kim Yong-hyun warned the North on Monday.", "KOR>PRK"},
			{"Kim said any attack would be answered at once.", "KOR>PRK"},
		}, ""},
		{"Kim Jong Il in his time", time.Date(2005, 3, 1, 0, 0, 0, 0, time.UTC), []line{{"Kim Jong Il demanded that Washington drop its hostile policy.", "PRK>USA"}}, ""},
		// In a speech the speaking state says what the text reports.
		{"speech keeps its speaker over a reported commitment", undated, []line{{"We note that India pledged a plebiscite to the people of Kashmir.", "PAK>IND"}}, "PAK"},
		{"speech keeps its speaker over a statement by another", undated, []line{{"The warning by the Security Council was not enough.", "LBR>UN"}}, "LBR"},
		// A statement named by a noun, with its author and its content.
		{"a conclusion of agencies, with its content", undated, []line{{"The move defies the conclusion of several U.S. intelligence agencies that Moscow was behind the hacking.", "USA>RUS"}}, ""},
		{"an accusation by a capital", undated, []line{{"The sanctions came after the accusation by Washington that Tehran was arming the rebels.", "USA>IRN"}}, ""},
		{"a warning from a capital, to an analyst", undated, []line{{"Analysts pointed to the warning from Beijing that it would retaliate against new tariffs.", "CHN>"}}, ""},
		{"a possessed insistence", undated, []line{{"The Kremlin's insistence that its troops were only exercising convinced few in Kiev.", "RUS>"}}, ""},
		{"a statement without content is a reference", undated, []line{{"Markets shrugged off the threat of sanctions from Washington.", ">"}}, ""},
		{"an appeal without content", undated, []line{{"Protesters ignored the appeal of the Kremlin for calm on Monday.", ">"}}, ""},
		// A leading clause speaks for a main clause whose speaker has no code.
		{"a leading act before an uncoded speaker", undated, []line{{"After Britain expelled 23 Russian diplomats, the bank's chief argued that trade would not suffer.", "GBR>RUS"}}, ""},
		{"an uncoded speaker without a leading clause", undated, []line{{"The company's executive argued that the ads mattered little.", ">"}}, ""},
		{"a coded speaker keeps the main clause", undated, []line{{"After Britain expelled 23 Russian diplomats, Moscow said the move was hysterical.", "RUS>GBR"}}, ""},
		// An aside that ends in a quote with its comma inside the marks.
		{"an aside ends in a quoted comma", undated, []line{{"Trump, who has called NATO \"obsolete,\" urged members to pay more.", "USA>NATO"}}, ""},
		{"an aside ends in a curly quoted comma", undated, []line{{"Erdogan, who called the raid “a massacre,” recalled his envoy from Tel Aviv.", "TUR>ISR"}}, ""},
		// Insults and stances doubled down on.
		{"doubled down on criticism", undated, []line{{"Trump doubled down on his criticism of Germany on Wednesday.", "USA>DEU"}}, ""},
		{"cursed at a president", undated, []line{{"Duterte cursed at Obama before a trip to Laos.", "PHL>USA|LAO"}}, ""},
		{"a share bar before a name", undated, []line{{"Facebook Twitter Pinterest Tehran accused Washington of piracy on Monday.", "IRN>USA"}}, ""},
		// A document or measure at the head of the subject speaks for its author.
		{"an owner's measure with modifiers", undated, []line{{"Beijing's retaliatory tariffs on American farm goods took effect at noon on Monday.", "CHN>USA"}}, ""},
		{"an office's possessive gives its state", undated, []line{{"The Israeli army's warning, dropped in leaflets over southern Lebanon, said Hezbollah hid rockets in homes.", "ISR>LBN|HEZBOLLAH"}}, ""},
		{"an agency as modifier", undated, []line{{"A Pentagon report sent to Congress on Thursday says Beijing is building up its forces in the Arctic.", "USA>CHN"}}, ""},
		{"a document issued by its author", undated, []line{{"The indictment unsealed by the Justice Department on Friday accuses twelve Russian officers of hacking.", "USA>RUS"}}, ""},
		{"an agent after an aside", undated, []line{{"The expulsion of 15 Cuban diplomats, announced by Secretary of State Rex Tillerson, was tied to Havana's failure to protect its staff.", "USA>CUB"}}, ""},
		{"a measure its author describes in the passive", undated, []line{{"China's anti-dumping duties on Australian barley were described by the Commerce Ministry as a remedy for years of dumping.", "CHN>AUS"}}, ""},
		{"a measure condemned in the passive is not its author's stance", undated, []line{{"China's anti-dumping duties on Australian barley were condemned as coercion.", ">"}}, ""},
		{"a declaration agreed by an alliance", undated, []line{{"The declaration agreed by NATO leaders names Russia's actions as a threat to the alliance.", "NATO>RUS"}}, ""},
		{"a statement inside a phrase is not the subject's", undated, []line{{"The uproar over Beijing's latest remarks is a sign of how tense the talks have become.", ">"}}, ""},
		// A stance in a clause after the main one, when that names no speaker.
		{"a passive event, then an act", undated, []line{{"Hundreds of lorries were left stranded at the frontier after Vilnius shut the border crossings.", "LTU>"}}, ""},
		{"a participle after a clause that acts is that clause's", undated, []line{{"Exporters suffered after Beijing banned all seafood imports from Japan, citing safety.", "CHN>JPN"}}, ""},
		{"a participle after a clause of an event is the main clause's", undated, []line{{"The US sent two warships after China held drills, saying the waters were international.", "USA>CHN"}}, ""},
		{"a participle after a clause without an actor", undated, []line{{"China cut imports after talks stalled, accusing Australia of bad faith.", "CHN>AUS"}}, ""},
		{"a passive, then an office in a with-clause", undated, []line{{"Power was cut to thousands of homes overnight, with Kyiv's air force saying Russia had launched forty drones.", "UKR>RUS"}}, ""},
		{"a gerund subject is no leading participle", undated, []line{{"Fighting edged closer to Goma, with Kinshasa accusing Kigali of sending soldiers.", "COD>RWA"}}, ""},
		{"a stance in the subject's relative clause", undated, []line{{"Pyongyang, which has repeatedly vowed to build up its deterrent, fired two missiles into the sea.", "PRK>"}}, ""},
		{"a stance in a later subject's relative clause", undated, []line{{"Shippers paused sailings after the Houthis, who have vowed to keep striking ships, attacked a container vessel.", "HOUTHIS>"}}, ""},
		{"a relative clause that describes", undated, []line{{"Rubio, who once weighed a run for governor, is popular with donors in Miami.", ">"}}, ""},
		{"a reaction drawn by the clause", undated, []line{{"A Chinese survey ship lingered in Japanese waters for a third day, drawing a protest from Tokyo.", "JPN>CHN"}}, ""},
		{"a commitment relayed by an uncoded source", undated, []line{{"A senior Western diplomat said Warsaw had assured Kyiv that the dispute would not affect its support.", "POL>UKR"}}, ""},
		{"a relative clause that makes no stance", undated, []line{{"Mali imports its fuel from the ports of Dakar and Abidjan, which makes the threat to its roads so damaging.", ">"}}, ""},
		{"a named treaty suspended", undated, []line{{"Traders braced for losses after New Delhi suspended the Indus Waters Treaty.", "IND>"}}, ""},
		{"a probe launched into the other side", undated, []line{{"Beijing launched an anti-dumping probe into EU brandy on Friday.", "CHN>EU"}}, ""},
		{"sought to reassure", undated, []line{{"Washington sought to reassure Seoul that its commitment was ironclad.", "USA>KOR"}}, ""},
		{"seeks to have sanctions lifted is no act of its own", undated, []line{{"Damascus has held talks with Ankara as it seeks to lift sanctions.", ">"}}, ""},
		{"an adverb and participle before a title", time.Date(2019, 11, 14, 0, 0, 0, 0, time.UTC), []line{{"Newly installed Defence Minister Naftali Bennett warned Iran on Thursday.", "ISR>IRN"}}, ""},
		{"took the rare step of", undated, []line{{"Tokyo took the unusual step of summoning the Chinese ambassador.", "JPN>CHN"}}, ""},
		{"quick to deny", undated, []line{{"Ankara was quick to deny that its drones had crossed into Armenia.", "TUR>ARM"}}, ""},
		{"forced to apologise", undated, []line{{"Canberra was forced to apologise to Jakarta over the spying row.", "AUS>IDN"}}, ""},
		{"left scrambling to reassure", undated, []line{{"The Dutch foreign minister was left scrambling to reassure Morocco after the vote.", "NLD>MAR"}}, ""},
		{"rushed to condemn", undated, []line{{"Paris rushed to condemn the coup in Niger.", "FRA>NER"}}, ""},
		{"pointed the finger at", undated, []line{{"Baku pointed the finger at Yerevan for the shelling of the border villages.", "AZE>ARM"}}, ""},
		{"poured cold water on", undated, []line{{"Berlin poured cold water on the French plan for joint borrowing.", "DEU>FRA"}}, ""},
		{"cast doubt on", undated, []line{{"Manila cast doubt on Beijing's account of the collision.", "PHL>CHN"}}, ""},
		{"left the door open", undated, []line{{"Tehran left the door open to indirect talks with Washington.", "IRN>USA"}}, ""},
		{"hinted at", undated, []line{{"Warsaw hinted at a veto of the Mercosur deal.", "POL>MERCOSUR"}}, ""},
		{"stepped up its criticism", undated, []line{{"Ottawa stepped up its criticism of New Delhi over the killing.", "CAN>IND"}}, ""},
		{"struck a conciliatory tone", undated, []line{{"Ankara struck a conciliatory tone towards Athens before the summit.", "TUR>GRC"}}, ""},
		{"held out the prospect", undated, []line{{"Seoul held out the prospect of aid to Pyongyang if the tests stop.", "KOR>PRK"}}, ""},
		{"sounded the alarm", undated, []line{{"Manila sounded the alarm over Chinese militia boats at the shoal.", "PHL>CHN"}}, ""},
		{"hardened its stance", undated, []line{{"Addis Ababa hardened its stance on the dam after the Cairo summit.", "ETH>"}}, ""},
		{"sought assurances", undated, []line{{"Helsinki sought assurances from Ankara before the vote.", "FIN>TUR"}}, ""},
		{"registered its objection", undated, []line{{"Kuala Lumpur registered its objection to the new Chinese map.", "MYS>CHN"}}, ""},
		{"an adverb alone as an aside", undated, []line{{"Hanoi, meanwhile, accused Beijing of ramming a fishing boat.", "VNM>CHN"}}, ""},
		{"an adverb aside after a title", undated, []line{{"Chief Cabinet Secretary Yoshimasa Hayashi, however, said Tokyo would protest to Beijing.", "JPN>CHN"}}, ""},
		{"denying rights is conduct in a speech", time.Date(1987, 10, 1, 0, 0, 0, 0, time.UTC), []line{{"Israel continues to defy the world by denying the people of the Golan their rights.", "SYR>ISR"}}, "SYR"},
		{"a person attacks in words", undated, []line{{"Erdogan launched a scathing attack on the European Commission over the report.", "TUR>EU"}}, ""},
		{"a bare president attacks in words", undated, []line{{"The president also attacked the senator's voting record on trade.", "USA>"}}, ""},
		{"troops attack with arms", undated, []line{{"Russian troops attacked the village of Robotyne at dawn.", ">"}}, ""},
		{"a campaign's spokesman attacks for no state", undated, []line{{"Biden campaign spokesman Andrew Bates attacked the ruling.", ">"}}, ""},
		{"implied", undated, []line{{"Lavrov implied that Helsinki had been pushed into NATO by Washington.", "RUS>FIN|NATO|USA"}}, ""},
		{"a second verb after but and adverbs", undated, []line{{"The IAEA confirmed the inspection but nonetheless strongly criticised Tehran for the delays.", "IAEA>IRN"}}, ""},
		{"an inquiry found", undated, []line{{"A Justice Department investigation found that the Louisville police had used excessive force.", "USA>"}}, ""},
		{"an inspector general's report", undated, []line{{"A Pentagon inspector general report faulted the handling of the Kabul strike.", "USA>AFG"}}, ""},
		{"under fire from a person", undated, []line{{"The ruling came under fire from Netanyahu within hours.", "ISR>"}}, ""},
		{"a condition before the main clause in a speech", time.Date(1989, 10, 2, 0, 0, 0, 0, time.UTC), []line{{"But, of course, if through that note the Greek side implies that it is willing to talk with us about the minority and its rights in every respect, we would not hesitate to answer in kind.", "TUR>GRC"}}, "TUR"},
		{"a transcript's label in capitals", undated, []line{{"ZELENSKYY: We will never give up our land to Russia.", "UKR>RUS"}}, ""},
		{"a media director speaks for the owner's state", undated, []line{{"Erdogan's communications director Fahrettin Altun accused Athens of provocation.", "TUR>GRC"}}, ""},
		{"an inquiry's finding in a later clause", undated, []line{{"The commander resigned after a Pentagon review found that the strike had killed ten civilians.", "USA>"}}, ""},
		{"a bare president in a later clause", undated, []line{{"Markets fell after the president said the tariffs would stay.", "USA>"}}, ""},
		{"an adverb aside after a leading phrase", undated, []line{{"On Tuesday evening, however, Caracas accused Bogota of sheltering the plotters.", "VEN>COL"}}, ""},
		{"a governor's title is no state office", undated, []line{{"Texas Governor Rick Perry accused Beijing of buying up farmland.", ">"}}, ""},
		{"a mayor's title is no state office", undated, []line{{"Mayor Pete Buttigieg said China had cheated American workers for years.", ">"}}, ""},
		{"a state's attorney general", undated, []line{{"California Attorney General Xavier Becerra said the administration had broken federal law.", ">"}}, ""},
		{"a deputy attorney general speaks for the state", undated, []line{{"Deputy Attorney General Lisa Monaco said Beijing's agents had harassed dissidents in New York.", "USA>CHN"}}, ""},
		{"notified", undated, []line{{"Manila notified Washington that it would end the Visiting Forces Agreement.", "PHL>USA"}}, ""},
		{"a passive report in a later clause tells no one", undated, []line{{"The pullout takes effect a year after the UN secretary-general has been notified.", ">"}}, ""},
		{"a backbencher's title is no state office", undated, []line{{"Labor backbencher Pat Conroy said Beijing's trade curbs were a form of coercion.", ">"}}, ""},
		{"and he said goes on with the same subject", undated, []line{{"Scholz toured a shipyard in Hamburg and he said Moscow's threats would not divide Europe.", "DEU>RUS"}}, ""},
		{"a clause after a spaced dash", undated, []line{{"The agency ran a piece on the camps – a story Beijing called a smear.", "CHN>"}}, ""},
		{"a possessed claim with a time before its content", undated, []line{{"Erdogan's insistence on Tuesday that Athens was arming the islands drew no reply.", "TUR>GRC"}}, ""},
		{"a sentence glued to a caption", undated, []line{{"Image caption Crowds gathered outside the embassy on Sunday The Kremlin said Britain was waging a campaign of lies against Moscow.", "RUS>GBR"}}, ""},
		{"a sentence glued to story highlights", undated, []line{{"Story highlights The survey ship sailed near the islands Japan's foreign ministry accused South Korea of violating its waters.", "JPN>KOR"}}, ""},
		{"a glued sentence with a participle", undated, []line{{"Story highlights The envoy left on Monday The Indian foreign ministry summoned the envoy, saying Islamabad had sheltered the attackers.", "IND>PAK"}}, ""},
		{"a sentence after a related link", undated, []line{{"[Why is Seoul angry?] South Korea's foreign ministry accused Tokyo of distorting history.", "KOR>JPN"}}, ""},
		{"a sentence after a photo credit", undated, []line{{"Photo: Reuters The Chinese embassy in Canberra said the raids were a political witch hunt.", "CHN>"}}, ""},
		{"a related link before a quote", undated, []line{{"[Erdogan says the West has failed Gaza, then flies to Doha] “They have let children die,” Erdogan told the crowd.", "TUR>"}}, ""},
		{"a labelled aside before the sentence", undated, []line{{"(VIDEO: The summit in two minutes) When Prime Minister Narendra Modi spoke on Friday, he warned Islamabad against any adventure.", "IND>PAK"}}, ""},
		{"a Title Case headline's verbal attack", undated, []line{{"President Macron Attacked Erdogan Over His Remarks On Islam.", "FRA>TUR"}}, ""},
		{"a candidate's campaign is no state", undated, []line{{"The Sanders campaign accused Clinton of taking money from Wall Street.", ">"}, {"Macron's campaign accused Moscow of hacking its emails.", ">"}}, ""},
		{"a state's campaign is the state's", undated, []line{{"Russia's bombing campaign drew a sharp protest from Ankara.", "TUR>RUS"}}, ""},
		{"a state's private people are no state", undated, []line{{"Russian billionaire Oleg Deripaska accused Washington of theft.", ">"}}, ""},
		{"a Title Case headline run into a sentence", undated, []line{{"Bold Move To Isolate the Junta As expected, President Tinubu warned Niamey that the borders would stay shut.", "NGA>NER"}}, ""},
		{"a state's party is no state", undated, []line{{"Poland's ruling Conservatives branded the ruling an attack by Brussels.", ">"}}, ""},
		{"used an occasion to accuse", undated, []line{{"Chancellor Olaf Scholz used his Bundestag speech to accuse Moscow of blackmail over gas.", "DEU>RUS"}}, ""},
		{"used force is no stance", undated, []line{{"Israel used force to disperse the crowd at the crossing.", ">"}}, ""},
		{"a US agency", undated, []line{{"The Environmental Protection Agency accused Volkswagen of cheating on emissions tests.", "USA>"}}, ""},
		{"a British department", undated, []line{{"The Home Office apologised to the families of the deported migrants.", "GBR>"}}, ""},
		{"a capital's mayor is no state", undated, []line{{"London Mayor Sadiq Khan accused ministers of starving the police of funds.", ">"}}, ""},
		{"a senator of a state is no state", undated, []line{{"US Senator Marco Rubio accused Beijing of genocide in Xinjiang.", ">"}}, ""},
		{"a full name out of term, its surname in term", time.Date(2012, 10, 9, 0, 0, 0, 0, time.UTC), []line{{"Prime Minister Julia Gillard accused the opposition leader of hypocrisy on sexism.", "AUS>"}}, ""},
		{"held talks is no stance", undated, []line{{"Cairo held talks with Addis Ababa on the dam.", ">"}}, ""},
		{"forced to leave is no stance", undated, []line{{"Cuban diplomats were forced to leave Quito within a week.", ">"}}, ""},
		{"took a step of no stance", undated, []line{{"The minister took the first step of a long journey.", ">"}}, ""},
		// A sentence that opens with a lower-case measure, as hard-wrapped
		// speeches cut mid-sentence do (once an index out of range).
		{"a measure noun first", undated, []line{{"sanctions against Cuba must end.", ">"}}, ""},
		{"a lone s first", undated, []line{{"s statement on Monday accused Israel.", ">"}}, ""},
		{"a document from a capital", undated, []line{{"A statement issued in Beijing on Monday accused Washington of meddling.", "CHN>USA"}}, ""},
		{"a document from 'the X capital'", undated, []line{{"A report published on Monday in the Kenyan capital claimed that Somalia had armed the raiders.", "KEN>SOM"}}, ""},
		{"a document from a capital by someone else", undated, []line{{"A report released in London by Amnesty International accused Riyadh of torture.", ">"}}, ""},
		{"a commitment quoted after its maker", undated, []line{{"Egyptian President Abdel Fattah el-Sisi “assured me he will keep the crossing open day and night,” Macron told reporters in Cairo.", "EGY>"}}, ""},
		{"a judgement quoted after its object", undated, []line{{"Sisi “is a difficult partner,” Macron told reporters in Cairo.", "FRA>EGY"}}, ""},
		{"a release in the passive", undated, []line{{"The aid worker was released by the Cuban government on humanitarian grounds, a senior official said.", "CUB>"}}, ""},
		{"a report released in the passive is no act", undated, []line{{"The report was released by the ministry on Monday.", ">"}}, ""},
		{"a nickname applied", undated, []line{{"Trump applied one of his nicknames to Kim at the rally.", "USA>PRK"}}, ""},
		{"evidence presented", undated, []line{{"Pompeo presented evidence that Iran was behind the attacks.", "USA>IRN"}}, ""},
		{"findings presented with no one to charge", undated, []line{{"The scientist presented findings at the conference.", ">"}}, ""},
		{"a claim with its author in an aside", undated, []line{{"The video was meant to end speculation, fuelled by the Chinese government, that Japan had faked the collision.", "CHN>JPN"}}, ""},
		{"prompted to warn, with no verb but verbs of speech", undated, []line{{"Balloons drifted across the border, prompting Seoul to warn Pyongyang.", "KOR>PRK"}}, ""},
		{"prompted through an office", undated, []line{{"Balloons drifted across the border, prompting Seoul's defence ministry to warn Pyongyang.", "KOR>PRK"}}, ""},
		{"sources briefed on a call relay a commitment", undated, []line{{"Two people briefed on the call said Beijing had assured Brussels that it would not supply weapons.", "CHN>EU"}}, ""},
		{"sources close to the talks relay an offer", undated, []line{{"Sources close to the talks said Moscow had offered to withdraw its troops.", "RUS>"}}, ""},
		{"a named outlet relays", undated, []line{{"Axios reported that Trump had told Netanyahu that Washington would recognise Israeli sovereignty.", "USA>ISR"}}, ""},
		{"a diplomat at the UN is no voice of the UN", undated, []line{{"A diplomat at the UN said the talks were tense.", ">"}}, ""},
		{"a commitment relayed in a later clause", undated, []line{{"Lorries queued for days at the crossing, though a senior Western diplomat said Warsaw had assured Kyiv that the dispute would not affect its support.", "POL>UKR"}}, ""},
		{"a commitment relayed by an outlet after the clause", undated, []line{{"Putin is ready to halt the war along the current front lines, Reuters reported, citing Russian sources.", "RUS>"}}, ""},
		{"willing, relayed by a state", undated, []line{{"Israel has told mediators it would be willing to halt its offensive, Egyptian officials said.", "ISR>"}}, ""},
		{"regret expressed, relayed by its addressee", undated, []line{{"Erdogan expressed his regret over the downing of the bomber, the Kremlin said.", "TUR>"}}, ""},
		{"an act documented by an order", undated, []line{{"The United States froze the assets of seven Russian officials, according to an executive order signed by Obama.", "USA>RUS"}}, ""},
		{"an agreement another side reports is its outcome", undated, []line{{"Mexico has agreed to send 10,000 soldiers to its border, the White House said on Monday.", "USA>MEX"}}, ""},
		// Agencies are seats: their state's voice, never an outlet told things.
		{"the FBI speaks", undated, []line{{"The FBI said a Chinese hacking group had hidden its activity behind home routers.", "USA>CHN"}}, ""},
		{"lying to the FBI is no statement of it", undated, []line{{"The adviser admitted misleading the FBI in an interview about a dinner with a Chinese diplomat.", ">"}}, ""},
		{"a coast guard expels", undated, []line{{"The China Coast Guard said it had expelled Philippine vessels from the shoal.", "CHN>PHL"}}, ""},
		{"railed at a capital", undated, []line{{"Caracas railed at Washington over the seized tanker.", "VEN>USA"}}, ""},
		// A frame that presents the clause as a repeat keeps the clause's speaker.
		{"not the first time, contracted", undated, []line{{"It's not the first time Ankara has accused Athens of arming the islands.", "TUR>GRC"}}, ""},
		{"hardly the first time", undated, []line{{"This was hardly the first time that Hanoi protested Beijing's survey ships.", "VNM>CHN"}}, ""},
		{"not the first time, negated verb", undated, []line{{"It wasn't the first time Canberra complained about the intercepts by Chinese jets.", "AUS>CHN"}}, ""},
		{"the first time, no frame", undated, []line{{"It is the first time the two navies have drilled together.", ">"}}, ""},
		// Blame aimed, and a reaction faced or met with.
		{"criticism leveled at", undated, []line{{"Warsaw leveled fresh criticism at Berlin over the pipeline deal.", "POL>DEU"}}, ""},
		{"insults hurled", undated, []line{{"Pyongyang hurled insults at Seoul after the leaflet launch.", "PRK>KOR"}}, ""},
		{"criticism faced from", undated, []line{{"The airline faced sharp criticism from Beijing over its maps.", "CHN>"}}, ""},
		{"met with protests from", undated, []line{{"The survey was met with protests from Athens.", "GRC>"}}, ""},
		{"a delegation received is no reaction", undated, []line{{"The prime minister received a delegation from Seoul on Tuesday.", ">"}}, ""},
		{"a review in words", undated, []line{{"Islamabad panned New Delhi's water plan as reckless.", "PAK>IND"}}, ""},
		{"an occasion taken to speak", undated, []line{{"Japan's defence minister took to social media to accuse Beijing of reckless flying.", "JPN>CHN"}}, ""},
		{"an occasion being used, at a distance", undated, []line{{"Beijing is using the anniversary of the blockade as a way to warn Taipei.", "CHN>TWN"}}, ""},
		{"force used is no occasion to speak", undated, []line{{"The British navy was using force to drive Icelandic trawlers from the disputed waters.", ">"}}, ""},
		{"aid used is no occasion to speak", undated, []line{{"Seoul is using the aid to buy influence in the region.", ">"}}, ""},
		{"taking to the streets is no occasion to speak", undated, []line{{"Thousands took to the streets of Tbilisi to celebrate the vote.", ">"}}, ""},
	}
	if stanceActObjects["condolences"] != actOffer || stanceActVerbs["extended"]&actOffer == 0 {
		t.Errorf("actOffer is not the row of invitations and condolences in stanceActs")
	}
	if stanceActObjects["as"] != actNamed || stanceActVerbs["referred"] != actNamed {
		t.Errorf("actNamed is not the row of names given in stanceActs")
	}
	if stanceActObjects["notice"]&actPut == 0 || stanceActObjects["over"] != actHanded {
		t.Errorf("actPut or actHanded is not its row in stanceActs")
	}
	if stanceActObjects["concerns"] != actConcern {
		t.Errorf("actConcern is not the row of concerns raised in stanceActs")
	}
	// Rows that rules single out by bit must keep their place: a row
	// inserted before them would move every bit after it.
	for _, c := range []struct {
		verb string
		bit  uint32
	}{{"issued", actStatement}, {"halted", actSuspend}, {"raised", actConcern}, {"extended", actOffer},
		{"designated", actDesignate}, {"referred", actNamed}, {"placed", actPut}, {"handed", actHanded}} {
		if stanceActVerbs[c.verb]&c.bit == 0 {
			t.Errorf("%q is not in the row of bit %#x of stanceActs: a row was inserted before it", c.verb, c.bit)
		}
	}
	if len(stanceActs) > 31 {
		t.Errorf("stanceActs has %d rows: bit 31 is actDecided", len(stanceActs))
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := NewAttributor(g)
			a.SetSpeaker(tt.speech)
			for _, l := range tt.doc {
				if got := a.Attribute(l.s, tt.date).String(); got != l.want {
					t.Errorf("%q\n got: %s\nwant: %s", l.s, got, l.want)
				}
			}
		})
	}
}

// TestDateLabel: a timeline's date before a colon is skipped, a name that
// is also a month ("May: …") is not.
func TestDateLabel(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	a := NewAttributor(g)
	for _, tt := range []struct {
		s    string
		skip bool
	}{
		{"April 4, 2017: Trump issues a statement", true},
		{"Monday: Iran warns Israel", true},
		{"May: Britain will not be bullied", false},
		{"Kremlin: Erdogan says sorry", false},
	} {
		a.prepare(tt.s, 0)
		if got := a.dateLabel(0, len(a.toks)) > 0; got != tt.skip {
			t.Errorf("%q: skipped %v, want %v", tt.s, got, tt.skip)
		}
	}
}

// TestRecase: a headline in capitals is matched in title case, acronyms
// kept; a Title Case headline has its verbs and small words lowered, not
// its names; ordinary sentences are left alone.
func TestRecase(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ in, want string }{
		{"NATO WARNS RUSSIA OVER BALTIC FLIGHTS", "NATO Warns Russia Over Baltic Flights"},
		{"US SLAPS SANCTIONS ON IRAN", "US Slaps Sanctions On Iran"},
		{"Algeria Cuts Diplomatic Ties With Morocco", "Algeria cuts Diplomatic ties with Morocco"},
		{"Foreign Office Summons Russian Envoy Over Spy Case", "Foreign Office summons Russian Envoy over Spy case"},
		{"Seoul said on Monday that it would respond.", "Seoul said on Monday that it would respond."},
		{"UN SAYS", "UN SAYS"},
	} {
		if got, _ := g.recase(tt.in); got != tt.want {
			t.Errorf("recase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
