/**
 * Every sentence a person reads, in Indonesian: the same keys and parameters as `en.ts`. Numbers come in as
 * canonical decimal strings (`'76.51'`) and are printed with a decimal comma (`76,51`); labels come in as
 * `{ id, en }` pairs, of which this module prints `id`. No text names a field of the code: dimensions, variables
 * and indicators by their labels, zones by their Indonesian names.
 *
 * @module
 */
import type * as En from './en.js';
import { clip, comma, listed, shown } from './value.js';

/** A number as Indonesian writes it: a decimal comma (`76,51`, `−1,50`). */
const n = comma;

// explain -----------------------------------------------------------------------------------------------

export const totalLabel: typeof En.totalLabel = 'Nilai total';

export const totalLine: typeof En.totalLine = (p) =>
  `Nilai total ${n(p.total)}${p.exact === null ? '' : ` (tepat ${n(p.exact)})`}: ${
    p.category === null ? '' : `kategori ${p.category}, `
  }zona ${p.zone}, ${p.verdict.id}`;

export const deductionLabel: typeof En.deductionLabel = 'Pengurangan';

export const deductionLine: typeof En.deductionLine = (p) =>
  `Pengurangan: ${p.reason} −${n(p.cut)}${p.given === null ? '' : ` (dari ${n(p.given)}, nilai tidak di bawah 0)`}`;

export const unitLabel: typeof En.unitLabel = (p) => `Unit ${p.unit}`;

export const unitLine: typeof En.unitLine = (p) => `Unit ${p.unit}: ${n(p.value)} ÷ ${p.count} = ${n(p.contribution)}`;

export const unitGivenLabel: typeof En.unitGivenLabel = 'Nilai unit yang diberikan';

export const unitGivenLine: typeof En.unitGivenLine = (p) =>
  `Nilai unit diberikan: ${n(p.given)}${p.rounded === null ? '' : `, dibulatkan ${n(p.rounded)}`}`;

export const roundingLabel: typeof En.roundingLabel = 'Pembulatan';

export const roundingLine: typeof En.roundingLine = (p) => `Pembulatan ${n(p.from)} → ${n(p.to)}`;

export const dimensionLine: typeof En.dimensionLine = (p) =>
  `${p.dimension.id} ${n(p.weight)} % × ${n(p.score)} = ${n(p.points)}`;

export const dimensionPointsLine: typeof En.dimensionPointsLine = (p) =>
  `${p.dimension.id}: ${n(p.points)} poin dari ${n(p.weight)} (poin tertimbang yang dicetak; setara nilai ${n(
    p.score,
  )})`;

export const variableLeftOut: typeof En.variableLeftOut = (p) =>
  `Variabel ${p.variable.id}: tidak dijawab, dikeluarkan`;

export const variableLine: typeof En.variableLine = (p) =>
  `Variabel ${p.variable.id} ${n(p.share)} % × ${n(p.score)} = ${n(p.dimensionPoints)} poin dimensi (${n(
    p.totalPoints,
  )} poin total)`;

export const indicatorLeftOut: typeof En.indicatorLeftOut = (p) => `${p.indicator.id}: tidak dijawab, dikeluarkan`;

export const indicatorCountedZero: typeof En.indicatorCountedZero = (p) =>
  `${p.indicator.id}: tidak dijawab, dihitung 0`;

export const indicatorOptionsLine: typeof En.indicatorOptionsLine = (p) =>
  `${p.indicator.id}: rata-rata ${n(p.mean)} poin dari pilihan jawaban (${p.count} jawaban); ${n(p.share)} % × ${n(
    p.score,
  )} = ${n(p.dimensionPoints)} poin dimensi (${n(p.totalPoints)} poin total)`;

export const indicatorScaleLine: typeof En.indicatorScaleLine = (p) =>
  `${p.indicator.id}: rata-rata ${n(p.mean)} dari skala ${p.min}–${p.max} (${p.count} jawaban) ${
    p.min === 0 ? `/ ${p.max} × 100` : `(− ${p.min}) / ${p.max - p.min} × 100`
  } = ${n(p.score)}; ${n(p.share)} % × ${n(p.score)} = ${n(p.dimensionPoints)} poin dimensi (${n(
    p.totalPoints,
  )} poin total)`;

// planToReach --------------------------------------------------------------------------------------------

export const answeredIndicators: typeof En.answeredIndicators = (p) => {
  const left = p.count - p.answered;
  const head = `${p.answered} dari ${p.count} indikator dijawab`;
  if (left === 0) return head;
  return p.rule === 'zero'
    ? `${head}; ${left} yang tidak dijawab dihitung 0`
    : `${head}; ${left} yang tidak dijawab dikeluarkan, bobotnya dibagi ke indikator lain dalam variabelnya`;
};

export const raiseDimension: typeof En.raiseDimension = (p) =>
  `Naikkan nilai ${p.dimension.id} dari ${n(p.from)} ke ${n(p.to)}`;

export const raiseIndicatorMean: typeof En.raiseIndicatorMean = (p) =>
  `Naikkan rata-rata jawaban indikator “${p.indicator.id}” dari ${p.from === null ? '–' : n(p.from)} ke ${n(p.to)}${
    p.raises === null ? '' : ` (${p.raises} kali satu jawaban naik satu tingkat)`
  }`;

export const dimensionRaises: typeof En.dimensionRaises = (p) =>
  `${p.dimension.id}: ${p.count} kenaikan jawaban satu tingkat, nilai dimensi dari ${n(p.from)} ke ${n(p.to)}`;

export const respondents: typeof En.respondents = (p) =>
  ({
    competency: 'petugas pelayanan',
    standards: 'observasi produk layanan',
    opinion: 'pengguna layanan',
    complaints: 'petugas pengaduan',
  }[p.dimension] ?? 'responden');

export const raiseAnswers: typeof En.raiseAnswers = (p) => {
  const list = p.moves.map((m) => `${m.count} dari ${m.from} ke ${m.to}`).join(', ');
  return p.levels === p.answers
    ? `Naikkan ${p.answers} jawaban ${respondents({ dimension: p.dimensionId })} pada indikator “${p.indicator.id}” (${
        p.dimension.id
      }) satu tingkat: ${list}`
    : `Naikkan ${p.answers} jawaban ${respondents({ dimension: p.dimensionId })} pada indikator “${p.indicator.id}” (${
        p.dimension.id
      }), ${p.levels} tingkat seluruhnya: ${list}`;
};

export const unreachableByAnswers: typeof En.unreachableByAnswers = (p) =>
  `Target ${p.target} tidak tercapai dengan menaikkan jawaban${
    p.limited ? ' yang boleh diubah (tidak dikunci, di bawah batas tertingginya)' : ''
  }: bahkan semua jawaban itu di tingkat tertinggi tidak cukup${p.deductions ? ' karena pengurangan' : ''}.`;

export const unreachableByPoints: typeof En.unreachableByPoints = (p) =>
  `Target ${p.target} tidak tercapai: dengan ${
    p.limited ? 'dimensi yang boleh diubah pada nilai tertingginya (100 atau batasnya)' : 'semua dimensi bernilai 100'
  } total hanya ${n(p.best)}${p.deductions ? ' karena pengurangan' : ''}.`;

// errors -------------------------------------------------------------------------------------------------
// The caller's own value is quoted as typed (`shown`); limits and ranges are written with a decimal comma; no
// text names a key, option or value of the code: the shapes of an input and the inputs bound to some years in
// words, dimensions by their labels.

/** The shapes of a body or unit in words. */
const SHAPE: Readonly<Record<En.Shape, string>> = {
  dimensions: 'nilai dimensi',
  points: 'poin tertimbang',
  answers: 'jawaban',
  units: 'unit',
  total: 'nilai total',
};

/** The inputs bound to some years, in words. */
const YEAR_BOUND: Readonly<Record<En.YearBound, string>> = {
  deductions: 'Pengurangan nilai',
  followedUpOmbudsman: 'Tindak lanjut saran Ombudsman',
};

/** The kinds of value a ruleset's schema expects. */
const KIND: Readonly<Record<string, string>> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'ya atau tidak (true atau false)',
  object: 'kelompok isian { … }',
  array: 'daftar [ … ]',
};

/** Zones and grades as a summary names them. */
const CLASS: Readonly<Record<'zone' | 'category', string>> = { zone: 'zona', category: 'kategori' };

const classOf = (key: 'zone' | 'category', value: string | null): string =>
  value === null ? `tanpa ${CLASS[key]}` : `dengan ${CLASS[key]} ${value}`;

export const decimalComma: typeof En.decimalComma = (p) =>
  `${shown(p.value)} memakai koma desimal; tulis ${shown(p.fixed)} atau aktifkan opsi koma desimal.`;

export const decimalPoint: typeof En.decimalPoint = (p) =>
  `${shown(p.value)} memakai titik padahal opsi koma desimal aktif; tulis ${shown(p.fixed)}.`;

export const notANumber: typeof En.notANumber = (p) =>
  `${shown(p.value)} bukan angka; tulis angkanya saja, misalnya ${shown(p.example)}.`;

export const cutValue: typeof En.cutValue = (p) =>
  `${shown(
    p.value,
  )} diakhiri …, yang hanya boleh pada nilai eksak terpotong di 20 desimal (klasifikasi, peringkat); tulis misalnya ${shown(
    p.example,
  )}.`;

export const emptyValue: typeof En.emptyValue = 'Isian ini masih kosong; tulis angkanya.';

export const tooManyDecimals: typeof En.tooManyDecimals = (p) =>
  `${shown(p.value)} memiliki lebih dari ${p.max} angka desimal; bulatkan.`;

export const outOfRange: typeof En.outOfRange = (p) =>
  `${shown(p.value)} di luar rentang ${comma(p.min)} sampai ${comma(p.max)}; isi angka dalam rentang itu.`;

export const notNumber: typeof En.notNumber = (p) => `Isinya ${shown(p.value)}; isi dengan angka, misalnya 87,44.`;

export const notObject: typeof En.notObject = (p) => `Isinya ${shown(p.value)}; isi dengan kelompok isian { … }.`;

export const notList: typeof En.notList = (p) => `Isinya ${shown(p.value)}; isi dengan daftar [ … ].`;

export const notText: typeof En.notText = (p) => `Isinya ${shown(p.value)}; isi dengan teks.`;

export const notBoolean: typeof En.notBoolean = (p) => `Isinya ${shown(p.value)}; isi dengan true atau false.`;

export const notWhole: typeof En.notWhole = (p) =>
  `Isinya ${shown(p.value)}; isi dengan bilangan bulat seperti ${p.example}.`;

export const notRuleset: typeof En.notRuleset = (p) =>
  `Isinya ${shown(p.value)}; pakai aturan penilaian dari getRuleset(tahun).`;

export const notResultRuleset: typeof En.notResultRuleset = (p) =>
  `Isinya ${shown(p.value)}; pakai keterangan aturan penilaian dari hasil score() apa adanya.`;

export const notIds: typeof En.notIds = (p) =>
  `Isinya ${shown(p.value)}; isi dengan daftar dimensi atau indikator yang tidak boleh diubah.`;

export const missingDimension: typeof En.missingDimension = (p) =>
  `${p.dimension.id} belum diisi; isi nilai 0 sampai 100.`;

export const inPlace: typeof En.inPlace = (p) =>
  `${p.unit === undefined ? '' : `Unit ke-${p.unit + 1}${p.dimension ? ', ' : ''}`}${p.dimension?.id ?? ''}: ${p.text.id}`;

export const inItem: typeof En.inItem = (p) => `Butir ke-${p.item + 1}: ${p.text.id}`;

export const missingUnits: typeof En.missingUnits = 'Daftar unit masih kosong.';

export const missingAnswers: typeof En.missingAnswers = 'Belum ada indikator yang dijawab.';

export const missingReason: typeof En.missingReason = 'Alasan pengurangan belum diisi; tuliskan alasannya.';

export const missingYears: typeof En.missingYears = 'Daftar tahun masih kosong; isi paling sedikit satu tahun.';

export const missingField: typeof En.missingField = (p) =>
  `Bagian “${clip(p.field, 100)}” dari aturan penilaian belum diisi; lengkapi aturannya.`;

export const unitEmpty: typeof En.unitEmpty = 'Unit ini belum diisi; isi nilai total atau nilai dimensinya.';

export const noScores: typeof En.noScores = 'Nilai belum diisi; isi nilai dimensi, poin, jawaban, atau unit.';

export const noAnswers: typeof En.noAnswers = (p) => `Indikator “${p.label.id}” belum dijawab.`;

export const unknownKey: typeof En.unknownKey = (p) => `Isian ${shown(p.key)} tidak dikenal; hapus isian itu.`;

export const unknownDimension: typeof En.unknownDimension = (p) =>
  `${shown(p.key)} bukan dimensi; dimensinya: ${listed(
    p.known.map((d) => d.label.id),
    'tidak ada',
  )}.`;

export const duplicateId: typeof En.duplicateId = (p) => `Nama ${shown(p.id)} dipakai dua kali.`;

export const duplicateItemId: typeof En.duplicateItemId = (p) =>
  `Nama ${shown(p.id)} dipakai dua kali, pada butir ke-${p.first + 1} dan ke-${p.second + 1}; beri nama yang berbeda.`;

export const similarId: typeof En.similarId = (p) =>
  `Nama ${shown(p.id)} (butir ke-${p.second + 1}) dan ${shown(p.earlier)} (butir ke-${
    p.first + 1
  }) hanya berbeda huruf besar-kecil, spasi, karakter tak terlihat atau lebar huruf, jadi tampak sebagai satu instansi; pakai satu nama untuk tiap instansi.`;

export const illFormedId: typeof En.illFormedId = (p) =>
  `Nama ${shown(p.id)} memuat karakter rusak (separuh karakter yang terpotong); tulis ulang namanya.`;

export const tooMany: typeof En.tooMany = (p) => `Daftar ini berisi ${p.count} butir; batasnya ${p.max}.`;

export const tooLong: typeof En.tooLong = (p) => `${shown(p.value)} berisi ${p.count} karakter; batasnya ${p.max}.`;

export const listTooLong: typeof En.listTooLong = (p) => `Daftar ini berisi ${p.count} butir; batasnya ${p.max}.`;

export const tooDeep: typeof En.tooDeep = (p) => `Data ini bertingkat lebih dari ${p.max} tingkat; kirim data biasa.`;

export const tooManySteps: typeof En.tooManySteps = (p) =>
  `Aturan penilaian ini terlalu besar (lebih dari ${p.max} langkah); pakai aturan dari getRuleset(tahun).`;

export const tooComplex: typeof En.tooComplex =
  'Rencana kenaikan jawaban ini terlalu rumit untuk dihitung tepat; buat rencana kenaikan nilai dimensi saja.';

export const unreadable: typeof En.unreadable = 'Isian ini tidak dapat dibaca; kirim data biasa.';

export const cyclic: typeof En.cyclic = 'Data ini memuat dirinya sendiri; kirim data biasa.';

export const conflict: typeof En.conflict = (p) => `Isi ${SHAPE[p.first]} atau ${SHAPE[p.second]}, jangan keduanya.`;

export const exactNotTotal: typeof En.exactNotTotal = (p) =>
  `Nilai tepat ${comma(p.exact)} tidak dibulatkan menjadi nilai total ${shown(
    p.total,
  )}; pakai nilai total dan nilai tepat dari hasil yang sama.`;

export const derivedFrom: typeof En.derivedFrom = 'Asal aturan diisi otomatis dengan aturan dasarnya; hapus isian itu.';

export const minimizeAnswers: typeof En.minimizeAnswers =
  'Rencana kenaikan jawaban memerlukan jawaban kuesioner, padahal yang diisi nilai tiap dimensi; isi jawabannya atau buat rencana kenaikan nilai dimensi.';

export const resultRevision: typeof En.resultRevision = (p) =>
  `Hasil ke-${p.index + 1} menyebut aturan tahun ${p.year} revisi ${p.revision}, yang tidak ada (yang ada: ${listed(
    p.known.map((k) => `${k.year} revisi ${k.revision}`),
    'tidak ada',
  )}); pakai hasil score() apa adanya.`;

export const classChanged: typeof En.classChanged = (p) =>
  `Hasil ke-${p.index + 1} bernilai ${comma(p.total)} ${classOf(p.key, p.given)}, padahal menurut aturan ${clip(
    p.ruleset,
    100,
  )} nilai itu ${classOf(p.key, p.expected)}; pakai hasil score() apa adanya.`;

export const classesCrossed: typeof En.classesCrossed = (p) =>
  `Hasil ke-${p.first + 1} dan ke-${p.second + 1} bertentangan: nilai ${comma(p.higher)} ${classOf(
    p.key,
    p.higherClass,
  )}, nilai ${p.equal ? 'yang sama' : 'lebih rendah'} ${comma(p.lower)} ${classOf(
    p.key,
    p.lowerClass,
  )}; pakai hasil score() apa adanya.`;

export const rulesetsDiffer: typeof En.rulesetsDiffer = (p) =>
  `Hasil ke-${p.first + 1} dan ke-${
    p.second + 1
  } memakai aturan penilaian yang berbeda; ringkas satu tahun setiap kali.`;

export const gradedAndNot: typeof En.gradedAndNot = (p) =>
  `Hasil ke-1 dan ke-${
    p.index + 1
  } mencampur tahun tiga zona dan tahun berkategori A–E; ringkas satu tahun setiap kali.`;

export const notApplicable: typeof En.notApplicable = (p) =>
  `${YEAR_BOUND[p.field]} hanya berlaku pada tahun ${listed(p.years, '')}; hapus isian itu.`;

export const notAllowed: typeof En.notAllowed = (p) =>
  `${shown(p.value)} bukan pilihan; pilih dari ${listed(p.allowed, 'tidak ada')}.`;

export const notACategory: typeof En.notACategory = (p) =>
  `${shown(p.value)} bukan kategori; pilih dari ${listed(p.allowed, 'tidak ada')}, atau kosongkan.`;

export const notALevel: typeof En.notALevel = (p) =>
  `${shown(p.value)} bukan tingkat jawaban; isi jawaban tiap responden (bilangan bulat ${p.min} sampai ${p.max}).`;

export const oneUnit: typeof En.oneUnit =
  'Rencana dibuat untuk satu instansi atau satu unit; kirim satu unit setiap kali.';

export const notValidated: typeof En.notValidated =
  'Aturan penilaian belum diperiksa; pakai getRuleset() atau parseRuleset().';

export const rulesetType: typeof En.rulesetType = (p) =>
  `Isinya ${shown(p.value)}; isi dengan ${KIND[p.expected] ?? clip(p.expected, 100)}.`;

export const rulesetExponent: typeof En.rulesetExponent = (p) =>
  `${shown(p.value)} memakai eksponen; tulis angkanya lengkap, misalnya ${shown(p.written)}.`;

export const invalidRuleset: typeof En.invalidRuleset = (p) =>
  `Aturan penilaian tidak sah di bagian ini${p.more > 0 ? ` (dan ${p.more} masalah lain)` : ''}; perbaiki bagian itu.`;

export const noRuleset: typeof En.noRuleset = (p) =>
  `Tidak ada aturan penilaian ${p.year}; yang ada: ${listed(p.known, '')}.`;

export const noRevision: typeof En.noRevision = (p) =>
  `Tahun ${p.year} tidak punya revisi ${p.revision}; yang ada: ${listed(p.known, '')}.`;

export const noAssessment: typeof En.noAssessment = 'Tidak ada penilaian pada 2020 (COVID-19); pakai 2019 atau 2021.';
