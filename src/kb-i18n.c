/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "kb-i18n"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "kb-i18n.h"

/* Swedish first: a machine that names no language (the C locale, as on a
 * fresh install) gets Swedish, the language of the data and its users;
 * any language the user did choose is honoured. gettext ignores LANGUAGE
 * in the plain C locale, so that case moves to C.UTF-8 first. */
void
kb_i18n_init (const char *localedir)
{
  const char *locale = setlocale (LC_ALL, "");

  if (locale == NULL || g_str_equal (locale, "C") || g_str_equal (locale, "POSIX"))
    {
      setlocale (LC_ALL, "C.UTF-8");
      locale = "C.UTF-8";
    }

  if (g_str_has_prefix (locale, "C.") && g_getenv ("LANGUAGE") == NULL)
    g_setenv ("LANGUAGE", "sv", TRUE);

  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
