/**
 * The words of the workbench page in Indonesian and English. Labels of dimensions, indicators, grades and
 * opinions come from the rulesets themselves (`{ id, en }` texts); only the page's own words are here.
 */
import type { Zone } from '@ombuds/scoring';

export type Lang = 'id' | 'en';

const id = {
  title: 'Meja Kerja Penilaian Ombudsman RI',
  lead: 'Siapkan penilaian pelayanan publik: isi jawaban instrumen per unit, lihat nilai, kategori dan zona, dan rencana untuk mencapai target, tepat seperti aturan tiap tahun.',
  viewBody: 'Instansi',
  viewTable: 'Tabel provinsi',
  views: 'Tampilan',
  year: 'Tahun penilaian',
  revision: 'Revisi aturan',
  revisionLatest: ({ revision: n }: { readonly revision: number }) => `revisi ${n} (terbaru)`,
  revisionOld: ({ revision: n }: { readonly revision: number }) => `revisi ${n}`,
  bodyName: 'Nama instansi',
  bodyNamePlaceholder: 'mis. Pemkab Mukomuko',
  inputMode: 'Cara mengisi',
  modeAnswers: 'Jawaban per indikator',
  modeDimensions: 'Nilai dimensi',
  modeUnits: 'Nilai unit',
  modePoints: 'Poin berbobot',
  answersOnlyInstrument: 'Jawaban per indikator tersedia untuk tahun 2022–2024 (tahun dengan instrumen).',
  units: 'Nilai total tiap unit layanan',
  unitsHint:
    'Satu unit per baris: nilainya (91,99), atau nama dan nilai dipisah titik koma atau tab (Dinas Kesehatan; 91,99). Nilai instansi adalah rata-rata unit.',
  dimensionHint: 'Nilai 0–100, koma desimal boleh (81,5).',
  pointsHint: ({ max }: { readonly max: string }) => `Poin 0–${max}`,
  followedUp: 'Menindaklanjuti produk Ombudsman (Tanpa Maladministrasi)',
  deduction: 'Pengurangan nilai (variabel substantif)',
  deductionHint:
    'Hanya bila Ombudsman memotong nilai karena produknya tidak ditindaklanjuti; besarnya tidak dipublikasikan. Kosongkan bila tidak ada.',
  deductionPoints: 'Poin dikurangkan',
  deductionReason: 'Alasan',
  deductionDefault: 'Produk Ombudsman tidak ditindaklanjuti',
  missing: 'Indikator tanpa jawaban',
  missingRefuse: 'tunggu sampai lengkap',
  missingExclude: 'keluarkan dari perhitungan',
  missingZero: 'hitung sebagai 0',
  unitName: 'Nama unit',
  unitDefault: ({ number: n }: { readonly number: number }) => `Unit ${n}`,
  addUnit: 'Tambah unit',
  removeUnit: 'Hapus unit',
  fillAll: 'Isi semua indikator unit ini dengan jawaban',
  fillButton: 'Isi',
  respondents: ({ count: n, who }: { readonly count: number; readonly who: string }) => `${n} ${who}`,
  respondentsOf: {
    competency: 'petugas',
    standards: 'produk',
    opinion: 'pengguna layanan',
    complaints: 'petugas pengaduan',
    trust: 'responden',
  },
  countAt: ({ level, indicator }: { readonly level: string; readonly indicator: string }) =>
    `Jumlah jawaban ${level} untuk ${indicator}`,
  answerLevels: 'Jawaban',
  levelsLegend: 'Isi berapa responden memberi tiap jawaban.',
  assumedBadge: 'asumsi',
  assumedTitle: 'Indikator ini disusun proyek dari undang-undang; daftar resminya tidak dipublikasikan.',
  answered: ({ done, all }: { readonly done: number; readonly all: number }) =>
    `${done} dari ${all} indikator terjawab`,
  incomplete: ({ count: n }: { readonly count: number }) =>
    `Masih ada ${n} indikator tanpa jawaban. Jawab semuanya, atau pilih aturan lain untuk indikator tanpa jawaban.`,
  result: 'Hasil',
  enterAll: 'Isi semua nilai untuk melihat hasilnya.',
  enterUnits: 'Isi nilai minimal satu unit untuk melihat hasilnya.',
  enterAnswers: 'Isi jawaban instrumen untuk melihat hasilnya.',
  total: 'Nilai',
  grade: 'Kategori',
  zone: 'Zona',
  label: 'Predikat',
  opinion: 'Opini',
  quality: 'Kualitas',
  exact: 'Nilai tanpa pembulatan',
  ruleset: 'Aturan',
  estimate: 'Perkiraan',
  estimateBecause: 'Hasil ini memakai parameter yang belum dipublikasikan (asumsi proyek):',
  assumedIndicators: ({ count: n }: { readonly count: number }) =>
    `${n} indikator yang disusun proyek (bertanda “asumsi”)`,
  indicatorLines: ({ count: n }: { readonly count: number }) => `Rincian ${n} indikator`,
  unitScores: 'Nilai tiap unit',
  explanation: 'Penjelasan',
  plan: 'Rencana mencapai target',
  target: 'Target',
  nextLevel: 'Tingkat berikutnya',
  planTop: 'Sudah di tingkat tertinggi.',
  targetGrade: ({ grade: c }: { readonly grade: string }) => `kategori ${c}`,
  targetZone: ({ zone: z }: { readonly zone: string }) => `zona ${z}`,
  fixedLegend: 'Tidak dapat diubah oleh instansi',
  planTo: ({ target, threshold }: { readonly target: string; readonly threshold: string }) =>
    `Untuk mencapai ${target} (nilai ≥ ${threshold}):`,
  planReached: ({ target }: { readonly target: string }) => `Target ${target} sudah tercapai.`,
  planAfter: ({
    total,
    grade,
    zone,
  }: {
    readonly total: string;
    readonly grade: string | null;
    readonly zone: string;
  }) => `Nilai menjadi ${total}${grade ? `, kategori ${grade}` : ''}, zona ${zone}.`,
  planRaises: ({ count: n }: { readonly count: number }) =>
    `Paling sedikit ${n} kenaikan jawaban satu tingkat seluruhnya:`,
  planAssumed: 'Rencana ini bergantung pada parameter asumsi (bertanda “asumsi”): jadikan pegangan, bukan kepastian.',
  planPerUnit: 'Rencana dihitung per unit: bila setiap unit mencapai target, rata-rata instansi juga mencapainya.',
  planUnitsOnly: 'Rencana memerlukan nilai dimensi atau jawaban; untuk nilai unit saja tidak ada rencana.',
  confidence: { confirmed: 'terkonfirmasi', 'single-source': 'satu sumber', assumed: 'asumsi' },
  acrossYears: 'Instansi yang sama, aturan tahun lain',
  acrossIntro: 'Masukan yang sama dinilai dengan aturan setiap tahun.',
  yearCol: 'Tahun',
  notFitting: 'tidak sesuai',
  notFittingDims: ({ labels }: { readonly labels: string }) => `tidak sesuai: tahun ini menilai ${labels}`,
  noAssessment: 'tidak ada penilaian',
  actions: 'Simpan dan bagikan',
  share: 'Salin tautan',
  copied: 'Tautan disalin.',
  copyFailed: 'Salin tautan dari kolom ini:',
  exportJson: 'Unduh JSON',
  exportCsv: 'Unduh CSV',
  print: 'Cetak',
  printedOn: 'Dicetak',
  saved: 'Tersimpan otomatis di peramban ini.',
  footer:
    'Dihitung di peramban dengan @ombuds/scoring: aritmetika desimal tepat, aturan per tahun beserta sumbernya. Tidak ada data yang dikirim ke server.',
  weight: 'bobot',
  contribution: 'kontribusi',
  csvParts: ['Bagian', 'Bobot (%)', 'Nilai', 'Kontribusi (poin)'],
  invalid: 'Nilai tidak valid',
  noGrade: 'tanpa kategori',
  unit: 'Unit',
  // Province table
  tableTitle: 'Peringkat instansi satu provinsi',
  tableInput: 'Tempel tabel (CSV atau TSV)',
  tableHint:
    'Baris pertama berisi judul kolom: nama/instansi, lalu nilai (atau dimensi: input, proses, output, pengaduan, kepercayaan). Angka dengan koma desimal (90,02): pilih koma di Pemisah desimal.',
  tableFile: 'Atau buka berkas CSV, TSV, JSON atau Excel (.xlsx)',
  chooseFile: 'Pilih berkas',
  tableYear: ({ year: y }: { readonly year: number }) => `Dinilai dengan aturan tahun ${y} (ubah di atas).`,
  tableEmpty: 'Tempel atau buka tabel untuk melihat peringkat.',
  rankCol: 'Peringkat',
  rankShort: 'No.',
  gradeShort: 'Kat.',
  nameCol: 'Instansi',
  counts: 'Jumlah per zona dan kategori',
  chart: 'Grafik nilai',
  chartTitle: ({ count: n }: { readonly count: number }) => `Nilai ${n} instansi, dengan batas kategori`,
  mean: 'Rata-rata',
  median: 'Median',
  rowError: ({ line, text }: { readonly line: number; readonly text: string }) => `Baris ${line}: ${text}`,
  // Errors made readable
  errorField: ({ field }: { readonly field: string }) => `${field}: isi angka 0–100, misalnya 81,5.`,
  errorPoints: ({ field, max }: { readonly field: string; readonly max: string }) =>
    `${field}: isi poin antara 0 dan ${max}.`,
  errorUnit: ({ unit: n }: { readonly unit: number }) => `Nilai unit ke-${n}: isi angka 0–100, misalnya 91,99.`,
  errorAnswer: ({ field }: { readonly field: string }) => `Jawaban ${field} tidak valid.`,
  errorDuplicate: 'Ada nama instansi atau unit yang sama lebih dari sekali.',
  errorGeneric: 'Masukan tidak dapat dihitung; periksa isian yang ditandai.',
  errorNoYear: 'Tidak ada aturan untuk tahun ini.',
  // Share links and large tables
  linkTooLong: ({
    part,
    chars,
    max,
  }: {
    readonly part: 'table' | 'answers';
    readonly chars: string;
    readonly max: string;
  }) =>
    `Tautan ini terlalu panjang: bagian ${
      part === 'table' ? 'tabelnya' : 'jawabannya'
    } ${chars} karakter; yang dibuka paling banyak ${max}. ${
      part === 'table'
        ? 'Tabel dalam tautan tidak dibuka: buka tabelnya sebagai berkas.'
        : 'Jawaban dalam tautan tidak dibuka.'
    }`,
  linkTooBig: ({ part, max }: { readonly part: 'table' | 'answers'; readonly max: string }) =>
    part === 'table'
      ? `Tabel dalam tautan ini lebih besar dari ${max} byte setelah dibuka. Tabel dalam tautan tidak dibuka: buka tabelnya sebagai berkas.`
      : `Jawaban dalam tautan ini lebih besar dari ${max} byte setelah dibuka. Jawaban dalam tautan tidak dibuka.`,
  linkUnits: ({ units, max }: { readonly units: string; readonly max: string }) =>
    `Tautan ini memuat jawaban ${units} unit; halaman membuka paling banyak ${max} unit dari tautan. Jawaban dalam tautan tidak dibuka.`,
  linkCount: ({ max }: { readonly max: string }) =>
    `Tautan ini memuat lebih dari ${max} jawaban untuk satu indikator; batasnya ${max}. Jawaban dalam tautan tidak dibuka.`,
  answerCountLimit: ({ max, unit }: { readonly max: string; readonly unit: number }) =>
    `Jumlah jawaban untuk satu indikator paling banyak ${max}; periksa isian unit ${unit}.`,
  tableNotInLink: 'Tabel terlalu besar untuk tautan: tautan ini tidak memuat tabelnya. Bagikan berkas tabelnya.',
  answersNotInLink:
    'Jawaban terlalu banyak untuk tautan: tautan ini tidak memuat jawabannya. Unduh JSON untuk menyimpannya.',
  tableTooLarge: ({ size, max }: { readonly size: string; readonly max: string }) =>
    `Tabel ini terlalu besar: ${size} karakter (atau bita); yang dapat dibaca paling banyak ${max}.`,
  progressRead: 'Membaca tabel…',
  progressScore: ({ done, total }: { readonly done: string; readonly total: string }) =>
    `Menilai ${done} dari ${total} instansi…`,
  progressRank: 'Menyusun peringkat…',
  tableCount: ({ count: n, shown }: { readonly count: string; readonly shown: string | null }) =>
    shown === null ? `${n} instansi diperingkat.` : `${n} instansi diperingkat; ${shown} pertama ditampilkan.`,
  moreRows: ({ count: n }: { readonly count: string }) => `Tampilkan ${n} berikutnya`,
  chartTop: ({ shown, count: n }: { readonly shown: string; readonly count: string }) =>
    `${shown} nilai teratas dari ${n} instansi, dengan batas kategori`,
  moreProblems: ({ count: n }: { readonly count: string }) => `… dan ${n} masalah lain.`,
  notRanked: 'Baris ini tidak diperingkat.',
  auditTitle: 'Nilai tercetak yang tidak sesuai dengan bagiannya',
  auditIntro: ({ count: n, all }: { readonly count: number; readonly all: number }) =>
    `${n} dari ${all} baris mencetak nilai, kategori atau zona yang tidak mengikuti nilai dimensinya menurut aturan. Peringkat di atas memakai nilai yang dihitung dari bagiannya.`,
  auditAgrees: ({ all }: { readonly all: number }) =>
    `Semua ${all} baris yang mencetak nilai di samping dimensinya sesuai dengan aturan.`,
  auditCols: ['Baris', 'Instansi', 'Tercetak', 'Dihitung', 'Selisih', 'Penjelasan'],
  auditReading: {
    'units-before-mean': 'cocok bila nilai unit dibulatkan sebelum dirata-rata',
    'units-after-mean': 'cocok bila nilai unit dibulatkan setelah dirata-rata',
    'half-even': 'cocok dengan pembulatan setengah ke genap',
    'half-up': 'cocok dengan pembulatan setengah ke atas',
    down: 'cocok bila angka dipotong, bukan dibulatkan',
  } as Record<string, string>,
  auditNone: 'tidak ada cara baca lain yang cocok',
  choiceWindows1252: '“Windows-1252” di Pengodean berkas',
  choiceUtf16: '“UTF-16LE” (atau “UTF-16BE”) di Pengodean berkas',
  choiceDecimalComma: 'koma (90,02) di Pemisah desimal',
  choiceSheet: 'daftar Lembar kerja',
  workbookNeedsWorker: ({ name }: { readonly name: string }) =>
    `${name} adalah buku kerja Excel, dan peramban ini tidak dapat membukanya di halaman ini. Di Excel, simpan sebagai CSV (File › Save As › CSV), lalu buka berkas CSV itu di sini.`,
  xlsxNeedsWorker:
    'Peramban ini tidak dapat membuat berkas Excel di halaman ini. Pakai Unduh CSV: Excel membukanya juga.',
  decimalPointTable: ({ value, more }: { readonly value: string; readonly more: number }) =>
    `Tabel ini menulis desimal dengan titik ("${value}" di sini${
      more > 0 ? `, dan ${more} baris lain seperti itu` : ''
    }), padahal Pemisah desimal diatur ke koma: pilih titik (90.02) di Pemisah desimal.`,
  decimalSeparator: 'Pemisah desimal',
  decimalPoint: 'titik (90.02)',
  decimalComma: 'koma (90,02)',
  decimalHint: 'Cara angka tabel ditulis; halaman tidak menebaknya. Excel berbahasa Indonesia menulis koma.',
  encoding: 'Pengodean berkas',
  sheet: 'Lembar kerja',
  encodingAuto: 'UTF-8 (otomatis)',
  encodingHint: 'Berkas CSV dari Excel di Windows biasanya Windows-1252.',
  exportXlsx: 'Unduh Excel',
  exactCol: 'Nilai eksak',
  sheetName: 'Peringkat',
};

export type Words = typeof id;

const en: Words = {
  title: 'Ombudsman RI assessment workbench',
  lead: 'Prepare for the public-service assessment: enter the instrument answers per unit, read the score, grade and zone, and a plan to reach a target, exactly as each year’s rules say.',
  viewBody: 'Body',
  viewTable: 'Province table',
  views: 'View',
  year: 'Assessment year',
  revision: 'Rules revision',
  revisionLatest: ({ revision: n }: { readonly revision: number }) => `revision ${n} (latest)`,
  revisionOld: ({ revision: n }: { readonly revision: number }) => `revision ${n}`,
  bodyName: 'Name of the body',
  bodyNamePlaceholder: 'e.g. Pemkab Mukomuko',
  inputMode: 'Input',
  modeAnswers: 'Answers per indicator',
  modeDimensions: 'Dimension scores',
  modeUnits: 'Unit totals',
  modePoints: 'Weighted points',
  answersOnlyInstrument: 'Answers per indicator are available for 2022–2024 (the years with an instrument).',
  units: 'Total of each service unit',
  unitsHint:
    'One unit per line: its total (91.99), or a name and the total separated by a semicolon or a tab (Dinas Kesehatan; 91.99). The body’s score is the mean of its units.',
  dimensionHint: 'A score from 0 to 100, e.g. 81.5.',
  pointsHint: ({ max }: { readonly max: string }) => `Points 0–${max}`,
  followedUp: 'Followed up Ombudsman products (without maladministration)',
  deduction: 'Deduction (substantive variable)',
  deductionHint:
    'Only when the Ombudsman cuts the score because its products were not followed up; the size is not published. Leave empty when there is none.',
  deductionPoints: 'Points deducted',
  deductionReason: 'Reason',
  deductionDefault: 'Ombudsman products not followed up',
  missing: 'Indicators without answers',
  missingRefuse: 'wait until complete',
  missingExclude: 'leave out of the score',
  missingZero: 'count as 0',
  unitName: 'Unit name',
  unitDefault: ({ number: n }: { readonly number: number }) => `Unit ${n}`,
  addUnit: 'Add a unit',
  removeUnit: 'Remove unit',
  fillAll: 'Fill every indicator of this unit with the answer',
  fillButton: 'Fill',
  respondents: ({ count: n, who }: { readonly count: number; readonly who: string }) => `${n} ${who}`,
  respondentsOf: {
    competency: 'officers',
    standards: 'products',
    opinion: 'service users',
    complaints: 'complaint officers',
    trust: 'respondents',
  },
  countAt: ({ level, indicator }: { readonly level: string; readonly indicator: string }) =>
    `Number of answers ${level} for ${indicator}`,
  answerLevels: 'Answer',
  levelsLegend: 'Enter how many respondents gave each answer.',
  assumedBadge: 'assumed',
  assumedTitle: 'This indicator was composed by the project from the law; the official list is not published.',
  answered: ({ done, all }: { readonly done: number; readonly all: number }) => `${done} of ${all} indicators answered`,
  incomplete: ({ count: n }: { readonly count: number }) =>
    `${n} indicators have no answers yet. Answer them all, or choose another rule for indicators without answers.`,
  result: 'Result',
  enterAll: 'Fill in every score to see the result.',
  enterUnits: 'Enter at least one unit total to see the result.',
  enterAnswers: 'Enter instrument answers to see the result.',
  total: 'Score',
  grade: 'Grade',
  zone: 'Zone',
  label: 'Label',
  opinion: 'Opinion',
  quality: 'Quality',
  exact: 'Unrounded score',
  ruleset: 'Rules',
  estimate: 'Estimate',
  estimateBecause: 'This result uses parameters that are not published (the project’s assumptions):',
  assumedIndicators: ({ count: n }: { readonly count: number }) =>
    `${n} indicators composed by the project (marked “assumed”)`,
  indicatorLines: ({ count: n }: { readonly count: number }) => `Details of ${n} indicators`,
  unitScores: 'Score of each unit',
  explanation: 'Explanation',
  plan: 'Plan to reach a target',
  target: 'Target',
  nextLevel: 'The next level',
  planTop: 'Already at the top.',
  targetGrade: ({ grade: c }: { readonly grade: string }) => `grade ${c}`,
  targetZone: ({ zone: z }: { readonly zone: string }) => `the ${z} zone`,
  fixedLegend: 'The body cannot change',
  planTo: ({ target, threshold }: { readonly target: string; readonly threshold: string }) =>
    `To reach ${target} (score ≥ ${threshold}):`,
  planReached: ({ target }: { readonly target: string }) => `Target ${target} is already reached.`,
  planAfter: ({
    total,
    grade,
    zone,
  }: {
    readonly total: string;
    readonly grade: string | null;
    readonly zone: string;
  }) => `The score becomes ${total}${grade ? `, grade ${grade}` : ''}, zone ${zone}.`,
  planRaises: ({ count: n }: { readonly count: number }) => `At least ${n} single-level answer raises in all:`,
  planAssumed: 'This plan rests on assumed parameters (marked “assumed”): a guide, not a certainty.',
  planPerUnit: 'Planned per unit: when every unit reaches the target, the body’s mean reaches it too.',
  planUnitsOnly: 'A plan needs dimension scores or answers; there is none for unit totals alone.',
  confidence: { confirmed: 'confirmed', 'single-source': 'single source', assumed: 'assumed' },
  acrossYears: 'Same body, other years’ rules',
  acrossIntro: 'The same input scored with the rules of each year.',
  yearCol: 'Year',
  notFitting: 'does not fit',
  notFittingDims: ({ labels }: { readonly labels: string }) => `does not fit: this year assesses ${labels}`,
  noAssessment: 'no assessment held',
  actions: 'Save and share',
  share: 'Copy link',
  copied: 'Link copied.',
  copyFailed: 'Copy the link from this field:',
  exportJson: 'Download JSON',
  exportCsv: 'Download CSV',
  print: 'Print',
  printedOn: 'Printed',
  saved: 'Saved automatically in this browser.',
  footer:
    'Computed in the browser with @ombuds/scoring: exact decimal arithmetic, rules per year with their sources. No data is sent to a server.',
  weight: 'weight',
  contribution: 'contribution',
  csvParts: ['Part', 'Weight (%)', 'Score', 'Contribution (points)'],
  invalid: 'Invalid value',
  noGrade: 'no grade',
  unit: 'Unit',
  tableTitle: 'Ranking the bodies of a province',
  tableInput: 'Paste a table (CSV or TSV)',
  tableHint:
    'The first line holds the column names: name/id, then the score (or dimensions: input, proses, output, pengaduan, kepercayaan). Numbers with a decimal comma (90,02): choose comma under Decimal separator.',
  tableFile: 'Or open a CSV, TSV, JSON or Excel (.xlsx) file',
  chooseFile: 'Choose a file',
  tableYear: ({ year: y }: { readonly year: number }) => `Scored with the ${y} rules (change above).`,
  tableEmpty: 'Paste or open a table to see the ranking.',
  rankCol: 'Rank',
  rankShort: '#',
  gradeShort: 'Gr.',
  nameCol: 'Body',
  counts: 'Count per zone and grade',
  chart: 'Chart of the scores',
  chartTitle: ({ count: n }: { readonly count: number }) => `Scores of ${n} bodies, with the grade edges`,
  mean: 'Mean',
  median: 'Median',
  rowError: ({ line, text }: { readonly line: number; readonly text: string }) => `Line ${line}: ${text}`,
  errorField: ({ field }: { readonly field: string }) => `${field}: enter a number from 0 to 100, e.g. 81.5.`,
  errorPoints: ({ field, max }: { readonly field: string; readonly max: string }) =>
    `${field}: enter points from 0 to ${max}.`,
  errorUnit: ({ unit: n }: { readonly unit: number }) => `Unit ${n}: enter a number from 0 to 100, e.g. 91.99.`,
  errorAnswer: ({ field }: { readonly field: string }) => `The answers of ${field} are not valid.`,
  errorDuplicate: 'A name of a body or unit appears more than once.',
  errorGeneric: 'The input cannot be scored; check the marked fields.',
  errorNoYear: 'There are no rules for this year.',
  linkTooLong: ({
    part,
    chars,
    max,
  }: {
    readonly part: 'table' | 'answers';
    readonly chars: string;
    readonly max: string;
  }) =>
    `This link is too long: its ${part} part has ${chars} characters; at most ${max} are opened. ${
      part === 'table'
        ? 'The table in the link was not opened: open the table as a file.'
        : 'The answers in the link were not opened.'
    }`,
  linkTooBig: ({ part, max }: { readonly part: 'table' | 'answers'; readonly max: string }) =>
    part === 'table'
      ? `The table in this link is larger than ${max} bytes once unpacked. The table in the link was not opened: open the table as a file.`
      : `The answers in this link are larger than ${max} bytes once unpacked. The answers in the link were not opened.`,
  linkUnits: ({ units, max }: { readonly units: string; readonly max: string }) =>
    `This link holds answers of ${units} units; the page opens at most ${max} units from a link. The answers in the link were not opened.`,
  linkCount: ({ max }: { readonly max: string }) =>
    `This link holds more than ${max} answers to one indicator; the limit is ${max}. The answers in the link were not opened.`,
  answerCountLimit: ({ max, unit }: { readonly max: string; readonly unit: number }) =>
    `One indicator takes at most ${max} answers; check unit ${unit}.`,
  tableNotInLink: 'The table is too large for a link: this link does not carry it. Share the table’s file instead.',
  answersNotInLink:
    'The answers are too many for a link: this link does not carry them. Download the JSON to keep them.',
  tableTooLarge: ({ size, max }: { readonly size: string; readonly max: string }) =>
    `This table is too large: ${size} characters (or bytes); at most ${max} can be read.`,
  progressRead: 'Reading the table…',
  progressScore: ({ done, total }: { readonly done: string; readonly total: string }) =>
    `Scoring ${done} of ${total} bodies…`,
  progressRank: 'Ranking…',
  tableCount: ({ count: n, shown }: { readonly count: string; readonly shown: string | null }) =>
    shown === null ? `${n} bodies ranked.` : `${n} bodies ranked; the first ${shown} are shown.`,
  moreRows: ({ count: n }: { readonly count: string }) => `Show the next ${n}`,
  chartTop: ({ shown, count: n }: { readonly shown: string; readonly count: string }) =>
    `The top ${shown} scores of ${n} bodies, with the grade edges`,
  moreProblems: ({ count: n }: { readonly count: string }) => `… and ${n} more problems.`,
  notRanked: 'The row is not ranked.',
  auditTitle: 'Printed values that do not follow from their parts',
  auditIntro: ({ count: n, all }: { readonly count: number; readonly all: number }) =>
    `${n} of ${all} rows print a total, grade or zone that does not follow from their dimension scores under the rules. The ranking above uses the totals computed from the parts.`,
  auditAgrees: ({ all }: { readonly all: number }) =>
    `All ${all} rows that print a total beside their dimensions agree with the rules.`,
  auditCols: ['Line', 'Body', 'Printed', 'Computed', 'Difference', 'Explanation'],
  auditReading: {
    'units-before-mean': 'matches when unit totals are rounded before the mean',
    'units-after-mean': 'matches when unit totals are rounded after the mean',
    'half-even': 'matches with rounding half to even',
    'half-up': 'matches with rounding half up',
    down: 'matches when digits are cut, not rounded',
  } as Record<string, string>,
  auditNone: 'no other reading matches',
  choiceWindows1252: '“Windows-1252” in File encoding',
  choiceUtf16: '“UTF-16LE” (or “UTF-16BE”) in File encoding',
  choiceDecimalComma: 'comma (90,02) in Decimal separator',
  choiceSheet: 'the Sheet list',
  workbookNeedsWorker: ({ name }: { readonly name: string }) =>
    `${name} is an Excel workbook, and this browser cannot open it on this page. In Excel, save it as CSV (File › Save As › CSV), then open that CSV file here.`,
  xlsxNeedsWorker: 'This browser cannot make an Excel file on this page. Use Download CSV: Excel opens it too.',
  decimalPointTable: ({ value, more }: { readonly value: string; readonly more: number }) =>
    `This table writes decimals with a point ("${value}" here${
      more > 0 ? `, and ${more} more line${more === 1 ? '' : 's'} like it` : ''
    }) while Decimal separator is set to comma: choose point (90.02) under Decimal separator.`,
  decimalSeparator: 'Decimal separator',
  decimalPoint: 'point (90.02)',
  decimalComma: 'comma (90,02)',
  decimalHint: 'How the table writes its numbers; the page does not guess it. Excel in Indonesian writes a comma.',
  encoding: 'File encoding',
  sheet: 'Sheet',
  encodingAuto: 'UTF-8 (automatic)',
  encodingHint: 'CSV files saved by Excel on Windows are usually Windows-1252.',
  exportXlsx: 'Download Excel',
  exactCol: 'Exact',
  sheetName: 'Ranking',
};

export const WORDS: Readonly<Record<Lang, Words>> = { id, en };

export const ZONE_NAMES: Readonly<Record<Lang, Record<Zone, string>>> = {
  id: { hijau: 'Hijau', kuning: 'Kuning', merah: 'Merah', hitam: 'Hitam' },
  en: { hijau: 'Green (hijau)', kuning: 'Yellow (kuning)', merah: 'Red (merah)', hitam: 'Black (hitam)' },
};
