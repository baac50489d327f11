#ifndef WEGWEISER_CLIBXML2_SHIM_H
#define WEGWEISER_CLIBXML2_SHIM_H

// ICU's types clash with Foundation's on Debian; wegweiser needs no ICU from libxml2.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlsave.h>
#include <libxml/relaxng.h>
#include <libxml/xmlerror.h>
#include <libxml/HTMLparser.h>

// xmlFree is a global function pointer, which Swift 6 refuses to call as it is.
static inline void wegweiser_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
