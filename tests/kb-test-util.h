/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A real published file from ../shared/data; the test fails without it. */
static inline char *
kb_test_shared_file (const char *relative)
{
  const char *dir = g_getenv ("KB_SHARED_DATA");
  char *path;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, relative, NULL);
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    g_error ("The real data file %s is missing", path);
  return path;
}

static inline char *
kb_test_fixture (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
}

G_END_DECLS
