import type { Access } from '@pintu/contract'
import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { decideAccess, pageAccess } from '@/features/shell/access.ts'
import { homeFor } from '@/features/shell/navigation.ts'
import { useSessionStore } from '@/stores/session.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Who may open the page; absent means public (the login page). */
    access?: Access
    /** i18n key of the document title. */
    title?: string
  }
}

// Every page is lazy-loaded so the login page stays small.
export const routes: RouteRecordRaw[] = [
  {
    path: '/login',
    name: 'login',
    component: () => import('@/features/auth/pages/LoginPage.vue'),
    meta: { title: 'auth.title' },
    // Someone already logged in in this tab has nothing to do here.
    beforeEnter: () => (useSessionStore().isAuthenticated ? { name: 'home' } : true),
  },
  {
    path: '/',
    name: 'home',
    redirect: () => {
      const session = useSessionStore()
      return session.isAuthenticated ? { name: homeFor(session.roles) } : { name: 'login' }
    },
  },
  {
    path: '/loket',
    name: 'counter',
    component: () => import('@/features/counter/pages/CounterPage.vue'),
    meta: { access: pageAccess.counter, title: 'counter.title' },
  },
  {
    path: '/queue',
    name: 'queue',
    component: () => import('@/features/queue/pages/MyQueuePage.vue'),
    meta: { access: pageAccess.queue, title: 'queue.title' },
  },
  {
    path: '/board',
    name: 'board',
    component: () => import('@/features/board/pages/BoardPage.vue'),
    meta: { access: pageAccess.board, title: 'board.title' },
  },
  {
    path: '/berkas/:id',
    name: 'work-item',
    component: () => import('@/features/workItem/pages/WorkItemPage.vue'),
    props: true,
    meta: { access: pageAccess.workItem, title: 'workItem.titleNoNumber' },
  },
  {
    path: '/payments',
    name: 'payments',
    component: () => import('@/features/payments/pages/PaymentsPage.vue'),
    meta: { access: pageAccess.payments, title: 'payments.title' },
  },
  {
    path: '/closures',
    name: 'closures',
    component: () => import('@/features/continuity/pages/ClosuresPage.vue'),
    meta: { access: pageAccess.closures, title: 'closures.title' },
  },
  {
    path: '/entri-susulan',
    name: 'back-entries',
    component: () => import('@/features/backentries/pages/BackEntriesPage.vue'),
    meta: { access: pageAccess.backEntries, title: 'backEntries.title' },
  },
  {
    path: '/delegations',
    name: 'delegations',
    component: () => import('@/features/delegations/pages/DelegationsPage.vue'),
    meta: { access: pageAccess.delegations, title: 'delegations.title' },
  },
  {
    path: '/calendar',
    name: 'calendar',
    component: () => import('@/features/calendar/pages/CalendarPage.vue'),
    meta: { access: pageAccess.calendar, title: 'calendar.title' },
  },
  {
    path: '/complaints',
    name: 'complaints',
    component: () => import('@/features/complaints/pages/ComplaintsPage.vue'),
    meta: { access: pageAccess.complaints, title: 'complaints.title' },
  },
  {
    path: '/reports/backlog',
    name: 'backlog-report',
    component: () => import('@/features/reports/pages/BacklogReportPage.vue'),
    meta: { access: pageAccess.backlogReport, title: 'nav.backlogReport' },
  },
  {
    path: '/transparency',
    name: 'transparency',
    component: () => import('@/features/transparency/pages/TransparencyPage.vue'),
    meta: { access: pageAccess.transparency, title: 'transparency.title' },
  },
  {
    path: '/catalogue',
    name: 'catalogue',
    component: () => import('@/features/catalogue/pages/CatalogueListPage.vue'),
    meta: { access: pageAccess.catalogue, title: 'catalogue.title' },
  },
  {
    path: '/catalogue/services/:code',
    name: 'service',
    component: () => import('@/features/catalogue/pages/ServicePage.vue'),
    props: true,
    meta: { access: pageAccess.catalogue, title: 'catalogue.title' },
  },
  {
    path: '/catalogue/versions/:id/edit',
    name: 'draft-edit',
    component: () => import('@/features/catalogue/pages/DraftEditorPage.vue'),
    props: true,
    meta: { access: pageAccess.catalogueEdit, title: 'catalogue.title' },
  },
  {
    path: '/catalogue/versions/:id',
    name: 'version',
    component: () => import('@/features/catalogue/pages/VersionReviewPage.vue'),
    props: true,
    meta: { access: pageAccess.catalogueVersion, title: 'catalogue.title' },
  },
  {
    path: '/officers',
    name: 'officers',
    component: () => import('@/features/officers/pages/OfficerListPage.vue'),
    meta: { access: pageAccess.officers, title: 'officers.title' },
  },
  {
    path: '/officers/new',
    name: 'officer-create',
    component: () => import('@/features/officers/pages/CreateOfficerPage.vue'),
    meta: { access: pageAccess.officerCreate, title: 'officers.createTitle' },
  },
  {
    path: '/officers/role-requests',
    name: 'role-grants',
    component: () => import('@/features/officers/pages/RoleGrantsPage.vue'),
    meta: { access: pageAccess.roleGrants, title: 'officerAdmin.grantsTitle' },
  },
  {
    path: '/officers/:id',
    name: 'officer',
    component: () => import('@/features/officers/pages/OfficerPage.vue'),
    props: true,
    meta: { access: pageAccess.officerManage, title: 'officerAdmin.pageTitle' },
  },
  {
    path: '/clients',
    name: 'clients',
    component: () => import('@/features/clients/pages/ClientsPage.vue'),
    meta: { access: pageAccess.clients, title: 'clients.title' },
  },
  {
    path: '/no-access',
    name: 'no-access',
    component: () => import('@/features/shell/pages/NoAccessPage.vue'),
    meta: { access: 'authenticated', title: 'access.noAccessTitle' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: () => import('@/features/shell/pages/NotFoundPage.vue'),
    meta: { access: 'authenticated', title: 'access.notFoundTitle' },
  },
]

/** The router with its access guard; main.ts makes one, tests make their own. */
export function createAppRouter(history = createWebHistory(import.meta.env.BASE_URL)) {
  const router = createRouter({ history, routes })

  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.restore()
    switch (decideAccess(to.meta.access, session.isAuthenticated ? session.roles : null)) {
      case 'login':
        return { name: 'login', query: { redirect: to.fullPath } }
      // The refused address goes along so the page can say which one was refused.
      case 'no-access':
        return { name: 'no-access', query: { from: to.fullPath } }
      default:
        return true
    }
  })
  return router
}
