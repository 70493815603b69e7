/* builtin_func.h: functions and methods written in C, as Python objects.
 *   builtin_function_or_method: a MethodDef bound to a self (module or object);
 *   method_descriptor: a MethodDef in a type's dict, bound on attribute access;
 *   getset_descriptor: a GetSetDef in a type's dict;
 *   classmethod_descriptor / staticmethod for METH_CLASS / METH_STATIC. */
#ifndef GILPY_BUILTIN_FUNC_H
#define GILPY_BUILTIN_FUNC_H

#include "object.h"

typedef struct BuiltinFuncObj {
    Obj ob;
    const MethodDef *def;
    Obj *self;              /* module, bound object, or NULL */
    Obj *module_name;       /* str or NULL, for __module__ */
} BuiltinFuncObj;

typedef struct MethodDescrObj {
    Obj ob;
    const MethodDef *def;
    Type *owner;
} MethodDescrObj;

typedef struct GetSetDescrObj {
    Obj ob;
    const GetSetDef *def;
    Type *owner;
} GetSetDescrObj;

extern Type BuiltinFuncType, MethodDescrType, GetSetDescrType, ClassMethodDescrType;

Obj *builtin_func_new(const MethodDef *def, Obj *self, Obj *module_name);
Obj *method_descr_new(Type *owner, const MethodDef *def);
Obj *getset_descr_new(Type *owner, const GetSetDef *def);
Obj *classmethod_descr_new(Type *owner, const MethodDef *def);

#endif
