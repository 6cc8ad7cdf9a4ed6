import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import HomePage from '@/features/home/pages/HomePage.vue'
import { useSession } from '@/stores/session.ts'

declare module 'vue-router' {
  interface RouteMeta {
    /** Only for a logged-in applicant; others are sent to the login page and back. */
    requiresAccount?: boolean
  }
}

// Home is in the first bundle; every other page loads on demand so the first visit stays light
// on a slow phone connection (SPEC §11: ≤ 120 KB gzipped JavaScript on the first route).
export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomePage },
  { path: '/layanan', name: 'catalogue', component: () => import('@/features/catalogue/pages/CataloguePage.vue') },
  { path: '/layanan/:code', name: 'service', component: () => import('@/features/catalogue/pages/ServicePage.vue') },
  { path: '/daftar', name: 'register', component: () => import('@/features/account/pages/RegisterPage.vue') },
  { path: '/masuk', name: 'login', component: () => import('@/features/account/pages/LoginPage.vue') },
  {
    path: '/akun',
    name: 'account',
    component: () => import('@/features/account/pages/AccountPage.vue'),
    meta: { requiresAccount: true },
  },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('@/features/errors/pages/NotFoundPage.vue') },
]

export function createAppRouter() {
  const router = createRouter({
    history: createWebHistory('/'),
    routes,
    scrollBehavior(to, from, savedPosition) {
      if (savedPosition) return savedPosition
      // Typing in the catalogue search rewrites the query; only a new page or path scrolls up.
      if (to.path !== from.path || to.query.page !== from.query.page) return { top: 0 }
      return false
    },
  })

  router.beforeEach((to) => {
    if (to.meta.requiresAccount && !useSession().isLoggedIn) {
      return { name: 'login', query: { next: to.fullPath } }
    }
    return true
  })
  return router
}
