/* An extension that declares it can run without the GIL (Py_mod_gil = Py_MOD_GIL_NOT_USED).
 * add() is thread-safe: it only reads its arguments. next_handle() is not: it keeps a counter in
 * a C static and updates it without a lock or an atomic. Under the GIL each call runs whole, so
 * its handles are unique by accident; without the GIL two threads can read the same value. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static long next = 0;

static PyObject *add(PyObject *self, PyObject *args) {
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyObject *next_handle(PyObject *self, PyObject *unused) {
    long handle = next;
    /* Some bookkeeping between the read and the write: the window another thread can fall in. */
    for (volatile int spin = 0; spin < 4000; spin++) {
    }
    next = handle + 1;
    return PyLong_FromLong(handle);
}

static PyMethodDef methods[] = {
    {"add", add, METH_VARARGS, "Add two integers."},
    {"next_handle", next_handle, METH_NOARGS, "The next handle of the registry (not thread-safe without the GIL)."},
    {NULL, NULL, 0, NULL},
};

static PyModuleDef_Slot slots[] = {
#ifdef Py_mod_gil
    {Py_mod_gil, Py_MOD_GIL_NOT_USED},
#endif
    {0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_declared", NULL, 0, methods, slots};

PyMODINIT_FUNC PyInit__declared(void) { return PyModuleDef_Init(&module); }
