/**
 * Every sentence a person reads, in Indonesian: the same keys and parameters as `en.ts`. Numbers come in as
 * canonical decimal strings (`'76.51'`) and are printed with a decimal comma (`76,51`); labels come in as
 * `{ id, en }` pairs, of which this module prints `id`. No text names a field of the code: dimensions, variables
 * and indicators by their labels, zones by their Indonesian names.
 *
 * @module
 */
import type * as En from './en.js';

/** A number as Indonesian writes it: a decimal comma (`76,51`, `−1,50`). */
const n = (value: string): string => value.replace('.', ',');

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
