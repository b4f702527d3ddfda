/* An extension that declares it can run without the GIL (Py_mod_gil = Py_MOD_GIL_NOT_USED).
 * Its one function is thread-safe: it only reads its arguments. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *add(PyObject *self, PyObject *args) {
    long a, b;
    if (!PyArg_ParseTuple(args, "ll", &a, &b)) return NULL;
    return PyLong_FromLong(a + b);
}

static PyMethodDef methods[] = {
    {"add", add, METH_VARARGS, "Add two integers."},
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
