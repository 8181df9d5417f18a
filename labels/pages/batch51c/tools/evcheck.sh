#!/bin/bash
# event check: distinctive names of each chosen event, case-insensitive, in file names and contents
for t in "Kamel Daoud" "Houris" "Arbane" "Laffont" "Gallimard" "Goncourt" \
         "Jalajel" "1,301" "unregistered pilgrims" "Chaibi" "Hajj heat" \
         "Bab al-Yaman" "Bab al-Yemen" "Ma'een" "Maeen School" "Sanaa stampede" "Sana'a stampede" "zakat" \
         "normalisation law" "normalization law" "Criminalizing Normalization" "criminalising normalisation" "Adhari" "Khoshnaw" \
         "Sohag" "Tahta" "Samaa Gharb" "Kamel al-Wazir" "Hala Zayed" \
         "57 Bangladeshi" "Al Shamsi" "Devin Kenney" "Gulf Migrant" "Probashi"; do
  n=$(grep -ril -- "$t" /work/main/labels /work/blind54a /work/blind54b 2>/dev/null | wc -l)
  f=$(find /work/main/labels /work/blind54a /work/blind54b -iname "*$(echo $t | tr ' ' '_')*" 2>/dev/null | wc -l)
  echo "$t: contents $n, file names $f"
done
