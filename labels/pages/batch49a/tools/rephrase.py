"""One-off: rewrites first-draft sentences that came too close to real wording, in the page and in its rows file at once."""
import sys
EDITS = {
 ("page_ghana_gitmo_transfer2016_mfa.html", "tools/rows_4_ghana.py"): [
  ("At the request of the Government of the United States of America, the Government of Ghana has agreed to receive two persons of Yemeni origin who have been held at the United States detention facility at Guantanamo Bay, Cuba.",
   "Responding to a request from the Government of the United States of America, the Government of Ghana will host two men from Yemen who have been held at the United States detention facility at Guantanamo Bay, Cuba."),
  ("were cleared for transfer by the competent United States authorities several years ago, and they cannot at present go back to their home country because of the conflict there.",
   "were cleared for transfer by the competent United States authorities several years ago, and the war in their country of origin rules out their return there for the time being."),
  ("Their stay in Ghana is planned for two years, at the end of which they may travel on to another country.",
   "The arrangement covers two years. Once that period is over, the two men will be free to settle elsewhere."),
 ],
 ("page_equatorialguinea_annobon_detentions2024_wire.txt", "tools/rows_1_annobon.py"): [
  ("described cracked walls, withered crops and muddy drinking water near San Antonio de Palé, and asked for an end to blasting",
   "complained that the blasts near San Antonio de Palé were cracking houses, killing crops and fouling the water supply, and asked for an end to blasting"),
  ("Within days soldiers arrested the signatories and dozens of people who had backed them, and flew many of them to the capital, according to relatives and Spain-based activists. Five elderly women have since been released.",
   "Soldiers detained the signatories in the days that followed, along with many of their relatives and supporters, and flew a number of them to the capital, according to relatives and Spain-based activists. The authorities have so far freed five detainees, all of them older women."),
  ("Eleven detainees are being held at Black Beach prison in Malabo and about two dozen in Mongomo, on the mainland, among them the poet and opposition figure Francisco Ballovera Estrada, two people close to the families said.",
   "Eleven of the men are in Malabo's Black Beach jail and roughly two dozen more, including the poet Francisco Ballovera Estrada, are in a prison in Mongomo, near the mainland border with Gabon, two people close to the families said."),
 ],
 ("page_gabon_kevazingo_dismissals2019_stateagency.txt", "tools/rows_2_gabon.py"): [
  ("no one involved in the affair would be spared, whatever his rank, and said",
   "no one involved in the affair would be spared, however senior, and said"),
  ("indicated that about two hundred of the missing containers had been found, seventy-one of them on the premises of the transport company SOTRASGAB and one hundred and twenty-nine on the site of Owendo Container Terminal.",
   "indicated that investigators had traced about two hundred of the missing containers, of which one hundred and twenty-nine were standing on the site of Owendo Container Terminal and seventy-one in the yard of the transport company SOTRASGAB."),
 ],
 ("page_drc_mouzoko_butembo2019_noonbriefing.txt", "tools/rows_3_drc.py"): [
  ("He asked the Congolese authorities to find those who carried out the attack quickly and bring them to trial.",
   "He also said that the people who planned and carried out the attack must face Congolese justice."),
  ("And he said the UN system remains determined to stand with the Congolese authorities until the outbreak is over.",
   "And he added that the United Nations would not be driven away and would keep working with the Government until Ebola is beaten."),
  ("was intolerable, and that nobody should ever fire on a hospital or a health worker.",
   "was intolerable, and that the communities of Butembo had lost a man who was there to protect them."),
  ("said she was appalled by what she called a senseless act against people who had come to Butembo to save lives.",
   "said she was appalled by what she called a cowardly and pointless act against people who had come to Butembo to save lives."),
 ],
 ("page_ivorycoast_simonegbagbo_amnesty2018_dailyscrape.txt", "tools/rows_6_ivorycoast.py"): [
  ("said in a joint statement on Tuesday that no amnesty should ever cover war crimes or crimes against humanity, and that the measure betrayed the victims of both camps.",
   "said in a joint statement on Tuesday that shielding people suspected of the gravest crimes of the crisis from trial was a betrayal of the victims of both camps."),
  ("The groups pointed out that Ivorian judges had charged far more than 60 people with serious crimes over the crisis, and asked the government to publish the full list of those who will benefit from the amnesty.",
   "The groups noted that the number of people indicted by Ivorian investigating judges for serious crimes was well above the 60 the president mentioned, and asked the government to publish the full list of those who will benefit from the amnesty."),
  ("said his client was relieved to be going home and wanted to thank everyone who had stood by her.",
   "said his client had received the news calmly and wanted first of all to see her family and thank everyone who had stood by her."),
 ],
}
for (page, rows), pairs in EDITS.items():
    for path in (page, rows):
        s = open(path, encoding="utf-8").read()
        for old, new in pairs:
            n = s.count(old)
            if path == page and n != 1:
                sys.exit(f"{path}: {n} x {old[:60]}")
            s = s.replace(old, new)
        open(path, "w", encoding="utf-8").write(s)
print("done")
