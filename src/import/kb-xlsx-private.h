/* Copyright 2026 The Klimatbild authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the workbook's files share: the workbook (kb-xlsx.c), its parts
 * read through a limit (kb-xlsx-part.c) and its sheets (kb-xlsx-sheet.c). */

#include <gsf/gsf-infile.h>
#include <libxml/xmlreader.h>

#include "kb-import-error.h"
#include "kb-xlsx.h"

G_BEGIN_DECLS

/* libgsf 1.14 declares no cleanups of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfInput, g_object_unref)

#define MAX_COLUMNS 1024
#define MAX_ROWS 1048576      /* Excel's own limit */
#define MAX_CELL_BYTES (64 * 1024)
#define MAX_SHEETS 1024
#define MAX_STRINGS 2000000
#define MAX_STRING_BYTES ((gsize)64 * 1024 * 1024)

struct _KbXlsx
{
  char         *name;
  GBytes       *bytes;         /* the package, kept while it is read */
  GsfInfile    *zip;
  GsfInput     *workbook;
  char        **workbook_dir;  /* where the workbook's relationships start from */
  GCancellable *cancellable;
  GPtrArray  *sheet_names;  /* char * */
  GPtrArray  *sheet_ids;    /* char *, the relationship of each */
  GPtrArray  *strings;      /* char *, the shared strings */
  GArray     *date_styles;  /* gboolean, by cell style */
  gboolean    date1904;
};

/* A part of the package, read through a byte limit. */
typedef struct
{
  GsfInput     *input;
  GCancellable *cancellable;
  gsize         read;
  gboolean      too_large;
  gboolean      broken;
  gboolean      cancelled;
  char         *xml_error;   /* libxml2's first complaint, for the message */
} Part;

xmlTextReaderPtr _kb_xlsx_part_open     (Part              *part,
                                         KbXlsx            *self,
                                         GsfInput          *input);
void             _kb_xlsx_part_close    (Part              *part,
                                         xmlTextReaderPtr   reader);
gboolean         _kb_xlsx_part_failed   (KbXlsx            *self,
                                         Part              *part,
                                         const char        *what,
                                         GError           **error);
gboolean         _kb_xlsx_fail          (GError           **error,
                                         KbImportError      code,
                                         const char        *file,
                                         const char        *format,
                                         ...) G_GNUC_PRINTF (4, 5);
GsfInput        *_kb_xlsx_open_related  (KbXlsx            *self,
                                         GsfInput          *source,
                                         char             **source_dir,
                                         const char        *id,
                                         const char        *type,
                                         char            ***path_out);

gboolean         _kb_xml_is_element     (xmlTextReaderPtr   reader,
                                         const char        *name);
gboolean         _kb_xml_is_end         (xmlTextReaderPtr   reader,
                                         const char        *name);
char            *_kb_xml_attribute      (xmlTextReaderPtr   reader,
                                         const char        *name);
gboolean         _kb_xml_is_text        (xmlTextReaderPtr   reader);

G_END_DECLS
