/**
 * The Proses, Output and Pengaduan instruments (RULEBOOK §4.3). Their official indicator lists are not
 * public: Proses has 11 indicators on the published standard components (the count is known), composed here
 * from UU 25/2009 art. 21–23; Output from the forms of maladministration of UU 37/2008; Pengaduan from the
 * complaint handling of Perpres 76/2013. Every composed indicator is `assumed` with a note.
 *
 * @module
 */
import type { Variable } from '../../model/index.js';
import { composed, indicator, UU_25_2009, variable } from './instrument-common.js';

const std = composed(UU_25_2009);

/** Proses (`standards`): the 11 indicators on the published standard components, observed per product. */
export const PROCESS: readonly Variable[] = [
  variable(
    'standar-pelayanan',
    { id: 'Standar pelayanan', en: 'Service standards' },
    {
      source: ['RULEBOOK §4.1', 'RULEBOOK §4.3'],
      confidence: 'confirmed',
      note: 'One variable, standar pelayanan, observed on 2 products per unit; 11 indicators.',
    },
    [
      indicator('persyaratan', 'Persyaratan pelayanan dipublikasikan', 'Requirements published', std),
      indicator('prosedur', 'Sistem, mekanisme dan prosedur dipublikasikan', 'System, mechanism and procedure published', std),
      indicator('jangka-waktu', 'Jangka waktu penyelesaian dipublikasikan', 'Completion time published', std),
      indicator('biaya', 'Biaya/tarif dipublikasikan', 'Fee or tariff published', std),
      indicator('produk', 'Produk pelayanan dipublikasikan', 'Service product published', std),
      indicator(
        'sarana-pengaduan',
        'Sarana penanganan pengaduan, saran dan masukan tersedia',
        'Channel for complaints, suggestions and feedback available',
        std,
      ),
      indicator(
        'maklumat',
        'Maklumat pelayanan dipublikasikan',
        'Service pledge (maklumat) published',
        composed('UU 25/2009 art. 22 (maklumat pelayanan)'),
      ),
      indicator(
        'informasi-elektronik',
        'Informasi standar pelayanan tersedia secara elektronik',
        'Service-standard information available electronically',
        composed('UU 25/2009 art. 23 (sistem informasi) and the electronic standards observed from 2021 (RULEBOOK §2)'),
      ),
      indicator(
        'pelayanan-khusus',
        'Pelayanan khusus bagi kelompok rentan tersedia',
        'Special service for vulnerable groups available',
        composed('UU 25/2009 art. 29 (pelayanan khusus)'),
      ),
      indicator('jaminan-pelayanan', 'Jaminan pelayanan dipublikasikan', 'Service guarantee published', std),
      indicator(
        'pelaksana-beridentitas',
        'Pelaksana mengenakan tanda pengenal',
        'Officers wear identification',
        composed('UU 25/2009 art. 34 (perilaku pelaksana)'),
      ),
    ],
  ),
];

const mal = composed('UU 37/2008 (Ombudsman RI) art. 1(3), the forms of maladministration');

/**
 * Output (`opinion`): users' perception of maladministration, one indicator per form; 3 = not experienced,
 * 0 = experienced.
 */
export const OUTPUT: readonly Variable[] = [
  variable(
    'persepsi-maladministrasi',
    { id: 'Persepsi maladministrasi', en: 'Perception of maladministration' },
    {
      source: ['RULEBOOK §4.1'],
      confidence: 'confirmed',
      note: 'One variable, persepsi maladministrasi, from interviews of 30 service users.',
    },
    [
      indicator('tanpa-penundaan', 'Tidak terjadi penundaan berlarut', 'No undue delay', mal),
      indicator('tanpa-imbalan', 'Tidak ada permintaan imbalan uang, barang atau jasa', 'No request for money, goods or favours', mal),
      indicator('sesuai-prosedur', 'Tidak ada penyimpangan prosedur', 'No deviation from procedure', mal),
      indicator('tidak-diskriminatif', 'Tidak ada perlakuan diskriminatif', 'No discrimination', mal),
      indicator('patut', 'Pelaksana bersikap patut', 'Officers behave properly', mal),
      indicator('kompeten', 'Pelaksana kompeten', 'Officers are competent', mal),
      indicator('tidak-berpihak', 'Pelaksana tidak berpihak', 'Officers are impartial', mal),
      indicator('pelayanan-diberikan', 'Pelayanan diberikan (tidak ditolak tanpa alasan)', 'Service delivered (not refused without reason)', mal),
      indicator('wewenang-patut', 'Tidak ada penyalahgunaan wewenang', 'No abuse of authority', mal),
    ],
  ),
];

const cmp = composed('Perpres 76/2013 (Pengelolaan Pengaduan Pelayanan Publik)');

/** Pengaduan (`complaints`): complaint management under Perpres 76/2013. */
export const COMPLAINTS: readonly Variable[] = [
  variable(
    'pengelolaan-pengaduan',
    { id: 'Pengelolaan pengaduan', en: 'Complaint management' },
    {
      source: ['RULEBOOK §4.1'],
      confidence: 'confirmed',
      note: 'One variable, pengelolaan pengaduan, from interviews of 2 complaint officers.',
    },
    [
      indicator('kanal-pengaduan', 'Kanal pengaduan tersedia dan mudah diakses', 'Complaint channels available and accessible', cmp),
      indicator('pengelola-pengaduan', 'Petugas atau unit pengelola pengaduan ditetapkan', 'Complaint officer or unit designated', cmp),
      indicator('prosedur-pengaduan', 'Prosedur pengaduan dipublikasikan', 'Complaint procedure published', cmp),
      indicator('pencatatan', 'Pengaduan dicatat dan diregistrasi', 'Complaints recorded and registered', cmp),
      indicator('tindak-lanjut', 'Pengaduan ditindaklanjuti dalam jangka waktu', 'Complaints followed up within the time limit', cmp),
      indicator('jawaban-pelapor', 'Pelapor menerima jawaban', 'Complainants receive an answer', cmp),
      indicator('sp4n-lapor', 'Terhubung dengan SP4N-LAPOR!', 'Connected to SP4N-LAPOR!', cmp),
      indicator('kerahasiaan', 'Kerahasiaan pelapor dijaga', "Complainants' identity kept confidential", cmp),
    ],
  ),
];
