/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *kb_unit_normalize (const char *unit,
                         double     *factor);

G_END_DECLS
