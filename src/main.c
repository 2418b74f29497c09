/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gtk/gtk.h>

#include "kb-application.h"
#include "chart/kb-chart-render.h"
#include "kb-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KbApplication) app = NULL;

  kb_application_init_memory ();
  kb_i18n_init (LOCALEDIR);
  /* GTK would set the locale again from the environment, undoing the
   * C locale's move to C.UTF-8 that lets gettext give Swedish. */
  gtk_disable_setlocale ();
  kb_chart_render_init ();
  app = kb_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
