import re,glob,sys
# (file, old, new): rewrite page text and the same text inside the label files
R=[
("page_ethiopia_usvisarestrictions2021_mfapresser.txt",
 "and the Government will draw its own conclusions, conclusions that may be felt well beyond our two capitals.",
 "and the Government will draw its own conclusions, which may touch areas of cooperation that matter to both sides."),
("page_ethiopia_usvisarestrictions2021_mfapresser.txt",
 "The Committee to Protect Journalists said the expulsion showed that the Government wanted to control what the world learns about Tigray, and asked for it to be reversed.",
 "The Committee to Protect Journalists said the expulsion was a warning to every reporter covering Tigray, and asked for it to be reversed."),
("page_ethiopia_usvisarestrictions2021_mfapresser.txt",
 "told our agency that a reporter whose licence has been withdrawn cannot expect to remain in the country.",
 "told our agency that accreditation was the condition of a foreign reporter's stay, and that Mr Marks no longer had it."),
("page_ethiopia_usvisarestrictions2021_mfapresser.txt",
 "said in his statement that months of diplomacy had produced no serious step by the parties to stop the fighting in Tigray, and he again demanded",
 "said in his statement that Washington's patience with the parties in Tigray had run out, and he again demanded"),
("page_kyrgyzstan_kumtor_takeover2021_wire.txt",
 "leaving the state, in his words, no choice but to step in to protect the workers and the continuity of the mine.",
 "leaving the state, in his words, no option but to take over before someone was hurt."),
("page_kyrgyzstan_kumtor_takeover2021_wire.txt",
 "Centerra denied disabling any safety or monitoring systems, which it said were working normally until the government took over, but acknowledged that it had cut the mine's access to the group's global computer network.",
 "Centerra rejected the sensor allegation as false and said the mine's monitoring equipment had been running when state officials arrived; the only link it had cut, it said, was to its own corporate IT network."),
("page_kyrgyzstan_kumtor_takeover2021_wire.txt",
 "said late on Monday that it was no longer in control of Kumtor and could no longer vouch for the safety of the mine's employees or its operations, after",
 "said late on Monday that it had lost control of Kumtor and could not take responsibility for the safety of the people working there, after"),
("page_australia_oscarjenkins_pow2025_dailyweb.html",
 "and Mr Albanese to warn that Australia would take the firmest action available to it if the reports proved true.",
 "and Mr Albanese to warn of serious consequences for Moscow if the reports proved true."),
("page_australia_oscarjenkins_pow2025_dailyweb.html",
 "saying the government still held serious concerns for the 32-year-old and calling on Moscow to let him go.",
 "saying Canberra remained deeply worried about the 32-year-old and urging Moscow to let him go."),
("page_australia_oscarjenkins_pow2025_dailyweb.html",
 "Senator Wong said at the time that every option was being considered, including the expulsion of the ambassador.",
 "Senator Wong said at the time that expelling the ambassador was among the steps open to the government."),
("page_spain_barcelona_ramblas2017_worldreactions.txt",
 "Secretary General Jens Stoltenberg condemned the attack and said the allies would face the threat of terrorism together.",
 "Secretary General Jens Stoltenberg condemned the attack and said terrorism would never weaken the bond between the allies."),
("page_spain_barcelona_ramblas2017_worldreactions.txt",
 "condemned the attack through his spokesman and said he hoped those responsible would quickly be brought to justice.",
 "condemned the attack through his spokesman and called for the perpetrators to face justice without delay."),
("page_spain_barcelona_ramblas2017_worldreactions.txt",
 "Vatican spokesman Greg Burke said Pope Francis was praying for those killed and injured and that his thoughts were with the people of Spain.",
 "Vatican spokesman Greg Burke said Pope Francis was following the news with great sorrow and had offered prayers for the dead, the wounded and their families."),
("page_spain_barcelona_ramblas2017_worldreactions.txt",
 "Prime Minister Theresa May said the United Kingdom was at Spain's side against terrorism.",
 "Prime Minister Theresa May said Britons were thinking of the people of Barcelona and that the UK would give Spain whatever support it needed."),
]
lab=sorted(glob.glob('tools/labels_*.py'))
for f,a,b in R:
    s=open(f).read(); assert s.count(a)==1,(f,a[:40]); open(f,'w').write(s.replace(a,b))
    for L in lab:
        t=open(L).read()
        if a in t: open(L,'w').write(t.replace(a,b)); print('label updated',L)
