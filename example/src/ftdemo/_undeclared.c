/* An extension written for the GIL: it declares nothing (no Py_mod_gil slot), so importing it on
 * the free-threaded build turns the GIL back on, unless PYTHON_GIL=0 forces it off.
 *
 * Its stack of malloc'd nodes has no lock: it relies on the GIL to serialise calls, as much C
 * code does. With the GIL off, two threads pop the same node: one reads it after the other freed
 * it, or both free it, and the process dies on SIGSEGV or SIGABRT. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdlib.h>

struct node {
    struct node *next;
    long value;
};

static struct node *top = NULL;

static PyObject *push(PyObject *self, PyObject *arg) {
    long value = PyLong_AsLong(arg);
    if (value == -1 && PyErr_Occurred()) return NULL;
    struct node *n = malloc(sizeof *n);
    if (n == NULL) return PyErr_NoMemory();
    n->value = value;
    n->next = top;
    top = n;
    Py_RETURN_NONE;
}

/* Work done between reading the top and unlinking it, as real code does (here: a short spin). Under
 * the GIL no other call can run meanwhile; without it, this is the window in which another thread
 * pops the same node. It keeps the crash reliable even when the threads share a busy core. */
static void between_read_and_unlink(void) {
    for (volatile int i = 0; i < 200; i++) {
    }
}

static PyObject *pop(PyObject *self, PyObject *unused) {
    struct node *n = top;
    if (n == NULL) Py_RETURN_NONE;
    between_read_and_unlink();
    long value = n->value;
    top = n->next;
    free(n);
    return PyLong_FromLong(value);
}

static PyMethodDef methods[] = {
    {"push", push, METH_O, "Push an integer."},
    {"pop", pop, METH_NOARGS, "Pop an integer, or None when empty."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {{0, NULL}};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_undeclared", NULL, 0, methods, slots};

PyMODINIT_FUNC PyInit__undeclared(void) { return PyModuleDef_Init(&module); }
