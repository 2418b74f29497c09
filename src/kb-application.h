/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KB_TYPE_APPLICATION (kb_application_get_type ())
G_DECLARE_FINAL_TYPE (KbApplication, kb_application, KB, APPLICATION, AdwApplication)

KbApplication *kb_application_new         (void);
void           kb_application_init_memory (void);

G_END_DECLS
