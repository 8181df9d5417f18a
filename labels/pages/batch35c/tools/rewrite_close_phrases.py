"""One-off: replace first-draft sentences that came too close to real wording, in the page and in its labels file."""
import sys
PAIRS = {
 ("page_egypt_barakat_assassination2015_stateagency.txt", "tools/labels_2_egypt.py"): [
  ("The members of the United Nations Security Council condemned in the strongest terms the cowardly assassination of the Prosecutor-General, and underlined the need to bring the perpetrators, organisers and financiers of this reprehensible act of terrorism to justice.",
   "The members of the United Nations Security Council, in a press statement, deplored the killing of the Prosecutor-General as a despicable terrorist crime and stressed that those who planned, paid for and carried it out must be made to answer for it."),
  ("Secretary-General of the League of Arab States Dr. Nabil Elaraby expressed his full confidence in the ability of the Egyptian security services to arrest the perpetrators swiftly.",
   "Secretary-General of the League of Arab States Dr. Nabil Elaraby said he was certain that Egypt's security agencies would track down those responsible before long."),
  ("The Council of the League of Arab States, at an emergency session at the level of permanent delegates, denounced the terrorist crime and affirmed the full backing of Arab States for Egypt and for all the measures it takes to eradicate terrorism.",
   "The Council of the League of Arab States, at an emergency session at the level of permanent delegates, denounced the terrorist crime and declared that the Arab States stood as one behind Egypt in confronting the groups that threaten its stability."),
  ("It added that Washington stands by Egypt at this difficult time.",
   "It added that Washington would keep working with Cairo against the militants who threaten Egypt's security."),
  ("The High Representative of the European Union for Foreign Affairs and Security Policy, Federica Mogherini, described the bombing as a terrorist attack and expressed the condolences of the Union to the family of the martyr and to the Egyptian people.",
   "The High Representative of the European Union for Foreign Affairs and Security Policy, Federica Mogherini, said the bombing was an act of terror aimed at Egypt's institutions and conveyed the Union's sympathy to the family of the martyr and to the Egyptian people."),
 ],
 ("page_iraq_ibnalkhatib_hospitalfire2021_noonbriefing.txt", "tools/labels_3_iraq.py"): [
  ("The World Health Organization's office in Iraq said it stood ready to help the Government respond to the disaster.",
   "The World Health Organization's office in Iraq has put its emergency staff at the disposal of the Ministry of Health."),
  ("The UN country team continues to support Iraq's health system through the pandemic, including with oxygen supplies, protective equipment and training in infection control.",
   "Throughout the pandemic, UN agencies have been helping Iraqi hospitals with oxygen supplies, protective equipment and training in infection control."),
  ("Still on Iraq, President Barham Salih said those found responsible must be brought to justice, and the Speaker, Mohammed al-Halbousi, has called parliament into session to discuss the fire.",
   "Still on Iraq, President Barham Salih said the people at fault would have to face the courts, and the Speaker, Mohammed al-Halbousi, has called parliament into session to discuss the fire."),
 ],
 ("page_saudi_thailand_tiesrestored2022_mofanews.html", "tools/labels_4_saudi.py"): [
  ("In a related development, Saudi Arabian Airlines (Saudia) announced that it would resume direct flights between the Kingdom and Thailand in May.",
   "In a related development, Saudi Arabian Airlines (Saudia) said its direct service to Thailand would restart in May."),
 ],
 ("page_lebanon_octoberprotests_whatsapptax2019_liveblog.html", "tools/labels_5_lebanon.py"): [
  ("Speaking on Al Jadeed television, Geagea said the government had proved it could not pull the country out of its economic collapse and that Lebanon needed a new cabinet of a different kind.",
   "Speaking on Al Jadeed television, Geagea said three years in government had convinced the party that this cabinet would never rescue the economy, and that the country needed a cabinet of a different kind."),
  ("Saudi Arabia has advised its citizens not to travel to Lebanon and asked those already in the country to take the utmost care, according to the official Saudi Press Agency.",
   "Saudi Arabia has told its citizens to stay away from Lebanon for now and urged Saudis already there to be careful, the official Saudi Press Agency reported."),
  ("The United Arab Emirates and Bahrain went further and told their nationals to leave.",
   "The United Arab Emirates and Bahrain issued stronger advice, asking their nationals in Lebanon to come home."),
  ("The Internal Security Forces said about 70 people had been arrested on Friday night, most of them in central Beirut, after shop fronts and bank branches were smashed.",
   "The Internal Security Forces said some 70 people had been detained overnight, most of them in central Beirut, after shop fronts and bank branches were smashed."),
 ],
 ("page_israel_meron_crush2021_dailyscrape.txt", "tools/labels_6_israel.py"): [
  ("US President Joe Biden spoke with Netanyahu on Friday to offer his condolences and said he had told his team to give Israel whatever help it needed.",
   "US President Joe Biden spoke with Netanyahu on Friday to offer his condolences and put American help at Israel's disposal."),
  ("Jordan's King Abdullah II telephoned Rivlin to convey the condolences of the Jordanian people.",
   "Jordan's King Abdullah II telephoned Rivlin to offer his sympathy."),
  ("Palestinian Authority President Mahmoud Abbas sent Rivlin a letter expressing his sorrow over the loss of life and wishing the injured a full recovery.",
   "Palestinian Authority President Mahmoud Abbas sent Rivlin a letter of condolence in which he grieved with the families of the dead."),
  ("In a telephone call with Foreign Minister Gabi Ashkenazi, Emirati Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan conveyed the sympathy of the UAE government and people to the families of the victims.",
   "In a telephone call with Foreign Minister Gabi Ashkenazi, Emirati Foreign Minister Sheikh Abdullah bin Zayed Al Nahyan said the UAE grieved with the bereaved families."),
  ("Bahrain's Foreign Minister Abdullatif Al Zayani wrote to Ashkenazi to express his country's grief over what he called a terrible tragedy.",
   "Bahrain's Foreign Minister Abdullatif Al Zayani wrote to Ashkenazi to express his country's grief over the disaster."),
 ],
}
bad = 0
for (page, lab), pairs in PAIRS.items():
    for path in (page, lab):
        s = open(path, encoding="utf-8").read()
        for old, new in pairs:
            if s.count(old) < 1:
                print("missing in", path, ":", old[:60]); bad += 1
            s = s.replace(old, new)
        open(path, "w", encoding="utf-8").write(s)
sys.exit(1 if bad else 0)
