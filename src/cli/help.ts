/**
 * The `--help` text of `ombuds-score`, in English and (with `--lang id`) Indonesian.
 *
 * @module
 */
import type { Text } from './messages.js';

const EN = `Usage: ombuds-score <command> [files...] [options]

Scores the Ombudsman Republik Indonesia public-service assessment with @ombuds/scoring.
Reads Excel workbooks (.xlsx), CSV or JSON files, or standard input when no file (or "-") is given.

Commands:
  score     total, exact total, grade, zone, label and opinion of each body (input order)
  rank      bodies in rank order (the ruleset's method unless --method is given)
  summary   count per zone and grade, mean, median, highest and lowest
  audit     rows whose printed total, grade or zone does not follow from the dimension scores or
            units printed beside it (exit 1 when any), with the reading that explains it

Options:
  -y, --year <year>          assessment year (2015-2019, 2021-2025); wins over a year in the data
  -f, --format <format>      table (default), json or csv
      --decimal-comma        read "90,02" as 90.02, and write decimal commas (csv: ";" and a UTF-8 BOM,
                             as Indonesian Excel reads); never guessed
  -c, --column <f>=<header>  read field <f> from column <header> (repeatable), e.g. --column total=Skor;
                             fields: id, unit, total, competency, standards, opinion, complaints, trust,
                             year, followedUpOmbudsman, exact, category, zone
      --id-column <header>   the same as --column id=<header>
  -d, --delimiter <d>        CSV delimiter: "," ";" or tab (default: from the header line)
      --input <format>       csv, json or xlsx (default: from the file extension or the first bytes)
      --sheet <name>         the sheet of a workbook to read (default: the first)
  -o, --output <file>        write the result to <file>, in the format of its extension (.xlsx, .csv,
                             .json); the notices and warnings stay on standard error
  -e, --encoding <enc>       input without a byte-order mark: utf-8 (default), windows-1252 (= cp1252,
                             latin1), utf-16le or utf-16be; a BOM (UTF-8, UTF-16) always decides
      --method <method>      rank: ordinal, competition, modified-competition, dense or fractional
      --lang <lang>          language of headers, labels and messages: en (default) or id
      --max-errors <n>       problems printed before "... and N more" (default 50)
      --revision <n>         ruleset revision, e.g. 1 to reproduce a result computed before revision 2
                             (default: each year's latest)
      --keep-similar-ids     ids that differ only in case or spacing are different bodies
  -h, --help                 show this help
      --version              print the version

Columns are found by name, ignoring case, spaces and punctuation; the header is the first row that
names an id and a score column (title rows above it are skipped):
  id      id, nama, nama instansi, instansi, penyelenggara   unit  unit, unit layanan, opd
  total   total, nilai, nilai akhir              year    year, tahun
  exact   exact, nilai eksak                     category, zone   kategori, zona (compared)
  competency  input, dimensi input               standards   proses, dimensi proses
  opinion     output, dimensi output             complaints  pengaduan, dimensi pengaduan
  trust       kepercayaan, kepercayaan masyarakat
Give dimension scores (the body is scored) or a total (classified; more than two decimals are kept
as the exact total for ranking). Dimension scores beside a printed total: scored from the scores, a
warning for each row whose printed total differs (see audit). Footer rows (Rata-rata, Jumlah, Total)
and rows without an id are left out with one note; other columns (No, Keterangan) are carried to the
output after the results. Lines with the same id and a unit column are the units of one body.
Ids are trimmed and NFC-normalised; the same id twice, or ids that differ only in case or spacing,
are refused with both lines.
JSON: an array of bodies or { "year": 2023, "bodies": [...] }; a body is { "id", "total" } or
{ "id", "dimensions": {...} } or { "id", "units": [...] }.

Exit codes:
  0   success, also when the reader of the output stops early (| head -1)
  1   bad data (every problem as file:line:column: message), or the output cannot be written
      (a full disk)
  2   bad usage: unknown or repeated option, bad value, contradicting options, no year
  70  internal error (a bug: please report it)

Examples:
  ombuds-score rank sumut-2022.csv --year 2022
  ombuds-score rank nilai.csv --year 2023 --decimal-comma --lang id --format csv > peringkat.csv
  ombuds-score score data.csv --year 2023 --column total=Skor --encoding windows-1252
  ombuds-score rank rekap.xlsx --year 2023 --sheet "Rekap 2023" --output peringkat.xlsx
  ombuds-score audit rekap.xlsx --year 2023
  cat bodies.json | ombuds-score summary --year 2023
`;

const ID = `Pemakaian: ombuds-score <perintah> [berkas...] [opsi]

Menghitung nilai penilaian pelayanan publik Ombudsman Republik Indonesia dengan @ombuds/scoring.
Membaca buku kerja Excel (.xlsx), berkas CSV atau JSON, atau standard input bila tidak ada berkas (atau "-").

Perintah:
  score     nilai, nilai eksak, kategori, zona, predikat dan opini tiap instansi (urutan masukan)
  rank      instansi menurut peringkat (metode dari aturan tahunnya, kecuali --method diberikan)
  summary   jumlah per zona dan kategori, rata-rata, median, tertinggi dan terendah
  audit     baris yang nilai, kategori atau zona tercetaknya tidak sesuai dengan nilai dimensi atau
            unit di sampingnya (kode keluar 1 bila ada), dengan pembacaan yang menjelaskannya

Opsi:
  -y, --year <tahun>         tahun penilaian (2015-2019, 2021-2025); mengalahkan tahun di data
  -f, --format <format>      table (bawaan), json atau csv
      --decimal-comma        membaca "90,02" sebagai 90,02 dan menulis koma desimal (csv: ";" dan
                             BOM UTF-8, seperti dibaca Excel berbahasa Indonesia); tidak pernah ditebak
  -c, --column <b>=<judul>   membaca bidang <b> dari kolom <judul> (boleh berulang), mis. --column total=Skor;
                             bidang: id, unit, total, competency, standards, opinion, complaints, trust,
                             year, followedUpOmbudsman, exact, category, zone
      --id-column <judul>    sama dengan --column id=<judul>
  -d, --delimiter <p>        pemisah CSV: "," ";" atau tab (bawaan: dari baris judul)
      --input <format>       csv, json atau xlsx (bawaan: dari ekstensi berkas atau bita pertama)
      --sheet <nama>         lembar buku kerja yang dibaca (bawaan: lembar pertama)
  -o, --output <berkas>      tulis hasil ke <berkas>, dalam format ekstensinya (.xlsx, .csv, .json);
                             catatan dan peringatan tetap di standard error
  -e, --encoding <kode>      masukan tanpa byte-order mark: utf-8 (bawaan), windows-1252 (= cp1252,
                             latin1), utf-16le atau utf-16be; BOM (UTF-8, UTF-16) selalu menentukan
      --method <metode>      rank: ordinal, competition, modified-competition, dense atau fractional
      --lang <bahasa>        bahasa judul kolom, keterangan dan pesan: en (bawaan) atau id
      --max-errors <n>       banyaknya masalah yang ditampilkan sebelum "... dan N lainnya" (bawaan 50)
      --revision <n>         revisi aturan, misalnya 1 untuk mengulang hasil yang dihitung sebelum revisi 2
                             (bawaan: revisi terbaru tiap tahun)
      --keep-similar-ids     ID yang hanya berbeda huruf besar/kecil atau spasi adalah instansi berbeda
  -h, --help                 bantuan ini
      --version              versi paket

Kolom dikenali dari namanya, tanpa membedakan huruf besar/kecil, spasi dan tanda baca; baris kepala
kolom adalah baris pertama yang menyebut kolom ID dan kolom nilai (baris judul di atasnya dilewati):
  id      id, nama, nama instansi, instansi, penyelenggara   unit  unit, unit layanan, opd
  total   total, nilai, nilai akhir              year    year, tahun
  exact   exact, nilai eksak                     category, zone   kategori, zona (dibandingkan)
  competency  input, dimensi input               standards   proses, dimensi proses
  opinion     output, dimensi output             complaints  pengaduan, dimensi pengaduan
  trust       kepercayaan, kepercayaan masyarakat
Berikan nilai dimensi (instansi dinilai) atau nilai total (diklasifikasikan; lebih dari dua desimal
disimpan sebagai nilai eksak untuk peringkat). Nilai dimensi di samping nilai tercetak: dihitung dari
nilai dimensinya, dengan peringatan untuk tiap baris yang nilai tercetaknya berbeda (lihat audit).
Baris penutup (Rata-rata, Jumlah, Total) dan baris tanpa ID tidak dihitung, dengan satu catatan; kolom
lain (No, Keterangan) dibawa ke keluaran setelah kolom hasil. Baris ber-ID sama dengan kolom unit adalah unit satu
instansi. ID dibuang spasi tepinya dan dinormalkan NFC; ID yang sama dua kali, atau yang hanya
berbeda huruf besar/kecil atau spasi, ditolak dengan menyebut kedua barisnya.
JSON: larik instansi atau { "year": 2023, "bodies": [...] }; satu instansi adalah { "id", "total" },
{ "id", "dimensions": {...} } atau { "id", "units": [...] }.

Kode keluar:
  0   berhasil, juga bila pembaca keluaran berhenti lebih awal (| head -1)
  1   data salah (setiap masalah sebagai berkas:baris:kolom: pesan), atau keluaran tidak dapat
      ditulis (disk penuh)
  2   pemakaian salah: opsi tidak dikenal atau berulang, nilai salah, opsi bertentangan, tahun tidak ada
  70  galat internal (bug: mohon laporkan)

Contoh:
  ombuds-score rank sumut-2022.csv --year 2022 --lang id
  ombuds-score rank nilai.csv --year 2023 --decimal-comma --lang id --format csv > peringkat.csv
  ombuds-score score data.csv --year 2023 --column total=Skor --encoding windows-1252
  ombuds-score rank rekap.xlsx --year 2023 --sheet "Rekap 2023" --output peringkat.xlsx --lang id
  ombuds-score audit rekap.xlsx --year 2023 --lang id
  cat instansi.json | ombuds-score summary --year 2023
`;

/**
 * Printed for `--help`, `-h` and `help`, in the `--lang` language.
 *
 * @example
 * ```ts
 * io.stdout(HELP.id);
 * ```
 */
export const HELP: Text = { en: EN, id: ID };
