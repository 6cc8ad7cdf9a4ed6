import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import HomePage from '@/features/home/pages/HomePage.vue'
import { loadPageMessages } from '@/i18n/index.ts'
import { useSessionStore } from '@/stores/session.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a logged-in applicant; others are sent to the login page and back. */
    requiresAccount?: boolean
  }
}

/** A page for the logged-in applicant only, loaded on demand. */
function applicantPage(path: string, name: string, component: RouteRecordRaw['component']): RouteRecordRaw {
  return { path, name, component: component!, meta: { requiresAccount: true } }
}

// Home is in the first bundle; every other page loads on demand so the first visit stays light
// on a slow phone connection (≤ 60 KB gzipped JavaScript on the first route: tests/bundle/).
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/layanan', name: 'catalogue', component: () => import('@/features/catalogue/pages/CataloguePage.vue') },
  { path: '/layanan/:code', name: 'service', component: () => import('@/features/catalogue/pages/ServicePage.vue') },
  {
    path: '/layanan/:code/bantuan',
    name: 'service-help',
    component: () => import('@/features/help/pages/ServiceHelpPage.vue'),
  },
  { path: '/bantuan', name: 'help', component: () => import('@/features/help/pages/HelpPage.vue') },
  { path: '/daftar', name: 'register', component: () => import('@/features/account/pages/RegisterPage.vue') },
  { path: '/masuk', name: 'login', component: () => import('@/features/account/pages/LoginPage.vue') },
  {
    path: '/lupa-kata-sandi',
    name: 'forgot-password',
    component: () => import('@/features/account/pages/ForgotPasswordPage.vue'),
  },
  // The page the emailed reset link opens (`#token=…`); no login.
  {
    path: '/atur-ulang-sandi',
    name: 'reset-password',
    component: () => import('@/features/account/pages/ResetPasswordPage.vue'),
  },
  applicantPage('/akun/kata-sandi', 'change-password', () => import('@/features/account/pages/ChangePasswordPage.vue')),
  applicantPage(
    '/akun/notifikasi',
    'notification-preferences',
    () => import('@/features/account/pages/NotificationPreferencesPage.vue'),
  ),
  applicantPage('/akun/izin-akses', 'consents', () => import('@/features/account/pages/ConsentsPage.vue')),
  applicantPage(
    '/akun/ubah/:kind(email|hp)',
    'change-contact',
    () => import('@/features/account/pages/ChangeContactPage.vue'),
  ),
  {
    path: '/akun',
    name: 'account',
    component: () => import('@/features/account/pages/AccountPage.vue'),
    meta: { requiresAccount: true },
  },
  applicantPage(
    '/layanan/:code/ajukan',
    'apply',
    () => import('@/features/applications/pages/StartApplicationPage.vue'),
  ),
  // The apply flow, one thing per page (GOV.UK): each form section, the documents, the check.
  applicantPage('/permohonan', 'applications', () => import('@/features/applications/pages/MyApplicationsPage.vue')),
  applicantPage(
    '/permohonan/:id',
    'application',
    () => import('@/features/applications/pages/ApplicationDetailPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/isi/:section',
    'application-section',
    () => import('@/features/applications/pages/FormSectionPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/dokumen',
    'application-documents',
    () => import('@/features/applications/pages/DocumentsPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/periksa',
    'application-check',
    () => import('@/features/applications/pages/CheckAnswersPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/terkirim',
    'application-sent',
    () => import('@/features/applications/pages/ConfirmationPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/tarik',
    'application-withdraw',
    () => import('@/features/applications/pages/WithdrawPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/hapus',
    'application-delete',
    () => import('@/features/applications/pages/DeleteDraftPage.vue'),
  ),
  applicantPage(
    '/permohonan/:id/survei',
    'application-survey',
    () => import('@/features/complaints/pages/SurveyPage.vue'),
  ),
  // Complaints (SP4N-LAPOR!): anyone, no login needed; followed with the number and code alone.
  {
    path: '/pengaduan',
    name: 'complaint',
    component: () => import('@/features/complaints/pages/FileComplaintPage.vue'),
  },
  {
    path: '/pengaduan/ikuti',
    name: 'complaint-follow',
    component: () => import('@/features/complaints/pages/FollowComplaintPage.vue'),
  },
  {
    path: '/transparansi/pengaduan',
    name: 'complaint-figures',
    component: () => import('@/features/complaints/pages/FiguresPage.vue'),
  },
  { path: '/privasi', name: 'privacy', component: () => import('@/features/privacy/pages/PrivacyPage.vue') },
  // The full notice behind the short closure banner (SPEC P4).
  { path: '/penutupan', name: 'closure', component: () => import('@/features/closures/pages/ClosurePage.vue') },
  // Public tracking: no login, so anyone holding the receipt can follow the file (SPEC §8).
  { path: '/lacak', name: 'track', component: () => import('@/features/tracking/pages/TrackPage.vue') },
  {
    path: '/lacak/:registrationNo',
    name: 'track-result',
    component: () => import('@/features/tracking/pages/TrackResultPage.vue'),
  },
  // Public permit verification: the address every permit's QR code opens (`/verifikasi?nomor=…`). No login.
  { path: '/verifikasi', name: 'verify', component: () => import('@/features/permits/pages/VerifyPermitPage.vue') },
  {
    path: '/transparansi',
    name: 'transparency',
    component: () => import('@/features/transparency/pages/TransparencyPage.vue'),
  },
  {
    path: '/transparansi/statistik',
    name: 'statistics',
    component: () => import('@/features/statistics/pages/StatisticsPage.vue'),
  },
  // The office, when a deployment serves several: chosen by region at /kantor, or by a link an
  // office shares (/kantor/73.71, or /kantor/73.71/layanan/SKP for one of its pages).
  {
    path: '/kantor/:code?/:rest(.*)*',
    name: 'office',
    component: () => import('@/features/office/pages/OfficePage.vue'),
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/features/errors/pages/NotFoundPage.vue') },
]

/** The router with its login guard; main.ts makes one, tests make their own (with a memory history). */
export function createAppRouter(history = createWebHistory('/')) {
  const router = createRouter({
    history,
    routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      // Typing in the catalogue search rewrites the query; only a new page or path scrolls up.
      // A link to one field (`#field-…`) lands at the top too: the page focuses the field itself.
      if (to.path !== from.path || to.query.page !== from.query.page) return { top: 0 }
      return false
    },
  })

  router.beforeEach(async (to) => {
    // The home page's texts are in the first bundle; any other page waits for the rest.
    if (to.name !== 'home') await loadPageMessages()
    if (to.meta.requiresAccount && !useSessionStore().isLoggedIn) {
      return { name: 'login', query: { next: to.fullPath } }
    }
    return true
  })
  return router
}
