# First-draft phrases rewritten because they came too close to real wording (see README). Applied to pages and labels alike.
import os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EDITS = {
"page_malawi_luke_racistvideos2022_mfapresser.txt": [
 ("Malawi's immigration department said the man, Lu Ke, had slipped across the border at an unofficial crossing and would be handed back to Malawian police once the Zambian side completed its procedures.",
  "Malawi's immigration department said the man, Lu Ke, had been picked up near Chipata in eastern Zambia and would be handed back to Malawian police once the Zambian side completed its procedures."),
 ("The relevant departments in China have for some years been cleaning up online content that spreads discrimination, and they will keep at it.",
  "Under Chinese rules, discriminatory content is illegal, and platforms are required to take it down and close the accounts that post it."),
 ("Malawi's police spokesman said on Monday that they want the suspect to stand trial in Malawi and that the government would seek his extradition if the Zambian authorities did not deport him.",
  "Malawi's police spokesman said on Monday that the case belonged before a Malawian court and that the government would apply for extradition if the Zambian authorities did not simply deport him."),
 ("It asks China to apologise to the people of Malawi and to compensate the children and their villages through support for education.",
  "The petition demands a public apology from Beijing and money for schooling in the villages where the children live."),
 ("Malawi's foreign ministry has said it will raise the matter with Beijing through diplomatic channels, while leaving the criminal case to the police and the courts.",
  "Malawi's foreign ministry has said it will take the matter up with Beijing."),
 ("China and Malawi, and China and Zambia, are good friends and partners, and we will continue to cooperate closely with both countries to see that this case is properly handled.",
  "China and Malawi, and China and Zambia, are good friends and partners, and we will stay in touch with both governments as the legal process runs its course."),
],
"page_saudi_meccamissile2016_worldreacts.txt": [
 ("The Command of the Coalition to Restore Legitimacy in Yemen said late on Thursday that its air defences had intercepted and destroyed a ballistic missile fired from Yemen's Saada province towards the Makkah region, about 65 kilometres short of the holy city, and that nobody was hurt.",
  "The Command of the Coalition to Restore Legitimacy in Yemen said late on Thursday that its air defences had brought down a ballistic missile launched from Yemen's Saada province at the Makkah region some 65 kilometres before it reached the holy city, without casualties."),
 ("Foreign Minister Adel Al-Jubeir said the launch proved that the Houthi-Saleh militias and the regime in Tehran that arms them had no respect for the holiest place on earth for 1.5 billion Muslims.",
  "Foreign Minister Adel Al-Jubeir said the launch proved that the Houthi-Saleh militias and the regime in Tehran that arms them were prepared to endanger the holiest place on earth for 1.5 billion Muslims."),
 ("\"This was not an attack on Saudi Arabia alone. It was an attack on every Muslim who turns towards the Kaaba in prayer, and the Muslim world will judge it accordingly,\" Al-Jubeir said.",
  "\"This was not an attack on Saudi Arabia alone. It was aimed at the faith of every Muslim, and the Muslim world will judge it accordingly,\" Al-Jubeir said."),
 ("about holding an extraordinary meeting on what it called a dangerous escalation against the holy places.",
  "about holding an extraordinary meeting on what it called an aggression against the holiest site of Islam."),
],
"page_netherlands_utrecht_tramshooting2019_dailyhtml.html": [
 ("Tomorrow we go to the polls, and that is the best answer we can give to anyone who wants to frighten us,\" Rutte",
  "Tomorrow we go to the polls, and voting is how this country shows that fear decides nothing here,\" Rutte"),
 ("King Willem-Alexander and Queen Máxima said in a statement that they were deeply shocked by the violence and were thinking of the victims, their families and everyone in Utrecht.",
  "King Willem-Alexander said in a statement that the royal couple had followed the news from Utrecht with dismay and that the whole country mourned with the bereaved."),
 ("where he blamed the attack on what he called decades of reckless immigration and naive integration policies pursued by the VVD and the CDA.",
  "where he tied the attack to the way the VVD and the CDA had handled immigration and integration for decades."),
 ("Baudet said on Tuesday that much of the outrage over his speech struck him as staged.",
  "Baudet said on Tuesday that his critics were exploiting the attack against him just as much as they accused him of doing."),
 ("He denied that he had held the two parties responsible for the killings themselves.",
  "He rejected the charge that he had blamed individual politicians for the deaths."),
 ("accused Baudet of chasing votes over the bodies of the victims, and pointed out that the FvD leader had still been talking to journalists when the Speaker opened the commemoration in the chamber.",
  "accused Baudet of chasing votes over the bodies of the victims."),
],
"page_ecuador_malvinasboys_taura2025_radiointerview.txt": [
 ("President Daniel Noboa said before Christmas that his government would shield no one who took part, whatever uniform they wore, and he has ordered",
  "President Daniel Noboa said before Christmas that anyone found responsible would face the courts, and he has ordered"),
 ("So when the president promises to protect no one, I hope he means it,",
  "So when the president promises that those responsible will face the courts, I hope he means it,"),
],
"page_eritrea_telaviv_festivalattack2023_stateagency.txt": [
 ("had unjustly vilified the victims by presenting a peaceful cultural gathering as the source of the violence, thereby rewarding the perpetrators and their sponsors.",
  "had turned the victims into culprits by portraying a peaceful cultural gathering as the cause of the violence, thereby rewarding the perpetrators and their sponsors."),
],
"page_taiwan_yaya_residency2025_wire.txt": [
 ("said in a statement that the great majority of the roughly 360,000 Chinese spouses in Taiwan were law-abiding members of society who were welcome to stay.",
  "said in a statement that Chinese spouses who respected Taiwan's laws had nothing to fear and that their residency rights were unchanged."),
 ("It said the measures targeted only a tiny number of people who endangered national security by calling for war on Taiwan.",
  "It said the rules applied only to those who used their platforms to cheer on an attack on Taiwan."),
 ("had posted videos saying that a military unification of Taiwan needed no further justification,",
  "had posted videos cheering the prospect of a Chinese military takeover of Taiwan,"),
 ("without making 360,000 people feel like hostages to politics",
  "without making hundreds of thousands of people feel like hostages to politics"),
],
}
lab = os.path.join(BASE, "tools", "labels.py")
L = open(lab, encoding="utf-8").read()
for doc, pairs in EDITS.items():
    p = os.path.join(BASE, doc); s = open(p, encoding="utf-8").read()
    for a, b in pairs:
        assert a in s, (doc, a[:60])
        s = s.replace(a, b)
        la = a.replace('"', '\\"'); lb = b.replace('"', '\\"')
        if la in L: L = L.replace(la, lb)
    open(p, "w", encoding="utf-8").write(s)
open(lab, "w", encoding="utf-8").write(L)
print("done")
