/**
 * Every sentence of the command line, in Indonesian: the same keys and parameters as `cli.en.ts`. Numbers are
 * written with a decimal comma; the CLI's own words (commands, options and their values) stay as they are typed.
 *
 * @module
 */
import type * as En from './cli.en.js';
import { comma, shown } from './value.js';

const q = (value: string): string => JSON.stringify(value);

// --- usage ------------------------------------------------------------------------------------------------

export const help: typeof En.help = 'Jalankan "ombuds-score --help" untuk petunjuk pemakaian.';

export const nameCommand: typeof En.nameCommand = (p) => `Sebutkan perintah: ${p.commands.join(', ')}.`;

export const unknownCommand: typeof En.unknownCommand = (p) =>
  `Perintah ${q(p.command)} tidak dikenal; yang ada: ${p.commands.join(', ')}.`;

export const unknownOption: typeof En.unknownOption = (p) => `Opsi ${q(p.option)} tidak dikenal.`;

export const optionTwice: typeof En.optionTwice = (p) => `--${p.option} diberikan dua kali; berikan sekali saja.`;

export const optionNeedsValue: typeof En.optionNeedsValue = (p) => `--${p.option} memerlukan nilai.`;

export const flagTakesNoValue: typeof En.flagTakesNoValue = (p) => `--${p.option} tidak menerima nilai.`;

export const oneOf: typeof En.oneOf = (p) =>
  `--${p.option} harus salah satu dari ${p.allowed.join(', ')}, bukan ${q(p.got)}.`;

export const badYear: typeof En.badYear = (p) => `--year harus berupa tahun seperti 2023, bukan ${q(p.got)}.`;

export const yearWithoutRules: typeof En.yearWithoutRules = (p) => `--year ${p.year}: ${p.reason.id}`;

export const badRevision: typeof En.badRevision = (p) =>
  `--revision harus nomor revisi seperti 1 atau 2, bukan ${q(p.got)}.`;

export const badMaxErrors: typeof En.badMaxErrors = (p) =>
  `--max-errors harus bilangan bulat mulai 1, bukan ${q(p.got)}.`;

export const badColumnOption: typeof En.badColumnOption = (p) =>
  `--column harus berbentuk <bidang>=<judul kolom>, misalnya total=Skor (bidang: ${p.fields
    .map(q)
    .join(', ')}), bukan ${q(p.got)}.`;

export const columnTwice: typeof En.columnTwice = (p) =>
  `Kolom --column ${p.field}=… dipetakan dua kali (--column ${p.field}=… atau --id-column); petakan sekali saja.`;

export const headerMappedTwice: typeof En.headerMappedTwice = (p) =>
  `Judul kolom ${q(p.header)} dipetakan ke --column ${p.first}=… sekaligus --column ${
    p.second
  }=…; satu kolom hanya berisi satu hal.`;

export const headerNamesOtherField: typeof En.headerNamesOtherField = (p) =>
  `--column ${p.field}=${p.header}: ${q(p.header)} adalah nama kolom --column ${p.other}=…; --column ${
    p.field
  }=… tidak dapat dibaca darinya.`;

export const emptyColumnName: typeof En.emptyColumnName = (p) =>
  `--column ${p.field}= memerlukan nama kolom setelah "=".`;

export const methodRankOnly: typeof En.methodRankOnly = '--method hanya berlaku untuk perintah rank.';

export const delimiterWithJson: typeof En.delimiterWithJson =
  '--delimiter berlaku untuk masukan CSV; bertentangan dengan --input json.';

// --- the table reader's choices ---------------------------------------------------------------------------

export const chooseWindows1252: typeof En.chooseWindows1252 = '--encoding windows-1252';

export const chooseUtf16: typeof En.chooseUtf16 = '--encoding utf-16le (atau utf-16be)';

export const chooseDecimalComma: typeof En.chooseDecimalComma = '--decimal-comma';

export const chooseDelimiter: typeof En.chooseDelimiter = '--delimiter ",", ";" atau tab';

export const chooseYear: typeof En.chooseYear = '--year';

export const chooseKeepSimilarIds: typeof En.chooseKeepSimilarIds = '--keep-similar-ids';

export const chooseSheet: typeof En.chooseSheet = '--sheet <nama>';

export const chooseColumn: typeof En.chooseColumn = (p) => `--column ${p.field}=<judul>`;

// --- the library's problems, in the CLI's words ------------------------------------------------------------

export const decimalPointCell: typeof En.decimalPointCell = (p) =>
  `${shown(p.value)} memakai titik desimal, padahal --decimal-comma membaca koma desimal; tulis ${shown(
    comma(p.value),
  )}, atau jalankan tanpa --decimal-comma bila angka-angkanya ditulis dengan titik.`;

// --- reading files ----------------------------------------------------------------------------------------

export const cannotRead: typeof En.cannotRead = (p) => `${p.file}: berkas tidak dapat dibaca (${p.reason}).`;

// --- comparing --------------------------------------------------------------------------------------------

export const oneYear: typeof En.oneYear = (p) =>
  `${p.command} membandingkan instansi dari satu tahun; ${q(p.id)} tahun ${p.year} tetapi ${q(p.firstId)} tahun ${
    p.firstYear
  }.`;

// --- printed totals ---------------------------------------------------------------------------------------

export const printedDiffers: typeof En.printedDiffers = (p) =>
  `peringatan: ${q(p.id)} mencetak ${comma(p.printed)}, tetapi bagian-bagiannya menghasilkan ${comma(
    p.computed,
  )} (selisih ${comma(p.difference)}); diperingkat dengan ${comma(p.computed)}. Lihat "ombuds-score audit".`;

const READINGS: Readonly<Record<string, string>> = {
  'units-before-mean': 'unit dibulatkan sebelum dirata-rata',
  'units-after-mean': 'unit dibulatkan setelah dirata-rata',
  'half-even': 'pembulatan setengah ke genap',
  'half-up': 'pembulatan setengah ke atas',
  down: 'pemotongan (pembulatan ke bawah)',
};

export const auditReading: typeof En.auditReading = (p) => READINGS[p.reading] ?? p.reading;

export const auditAgrees: typeof En.auditAgrees = (p) =>
  `Setiap nilai, kategori dan zona tercetak sesuai dengan bagian-bagiannya (${p.compared} baris dibandingkan).`;

export const auditNothing: typeof En.auditNothing =
  'Tidak ada yang diaudit: tidak ada baris yang mencetak nilai, kategori atau zona di samping nilai dimensi atau unitnya.';

export const auditDisagree: typeof En.auditDisagree = (p) =>
  `${p.count} dari ${p.compared} baris mencetak nilai, kategori atau zona yang tidak sesuai dengan bagian-bagiannya.`;

// --- the end of a run -------------------------------------------------------------------------------------

export const moreProblems: typeof En.moreProblems = (p) => `… dan ${p.count} masalah lainnya (lihat --max-errors).`;

export const writeFailed: typeof En.writeFailed = (p) => `keluaran tidak dapat ditulis (${p.reason}).`;

// --- the output's column titles and summary keys ----------------------------------------------------------

const COLUMNS: Readonly<Record<En.ColumnName, string>> = {
  rank: 'peringkat',
  id: 'id',
  year: 'tahun',
  total: 'nilai',
  exact: 'nilai eksak',
  category: 'kategori',
  zone: 'zona',
  label: 'predikat',
  opinion: 'opini',
  group: 'kelompok',
  key: 'kunci',
  value: 'jumlah',
  bodies: 'instansi',
  count: 'banyaknya',
  mean: 'rata-rata',
  median: 'median',
  highest: 'tertinggi',
  lowest: 'terendah',
  ranking: 'pemeringkatan',
  place: 'letak',
  printedTotal: 'nilai tercetak',
  computedTotal: 'nilai terhitung',
  difference: 'selisih',
  printedCategory: 'kategori tercetak',
  computedCategory: 'kategori terhitung',
  printedZone: 'zona tercetak',
  computedZone: 'zona terhitung',
  explainedBy: 'dijelaskan oleh',
};

export const column: typeof En.column = (p) => COLUMNS[p.column];

// --- --help -----------------------------------------------------------------------------------------------

export const usage: typeof En.usage = `Pemakaian: ombuds-score <perintah> [berkas...] [opsi]

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
      --points               kolom dimensi berisi poin tertimbang seperti yang dicetak (jumlahnya adalah
                             nilai total), bukan nilai 0-100; tidak pernah ditebak
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
      --keep-similar-ids     ID yang hanya berbeda huruf besar/kecil, spasi, karakter tak terlihat atau lebar huruf adalah instansi berbeda
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
