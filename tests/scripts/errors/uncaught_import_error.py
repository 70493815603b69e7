# Importing a module that does not exist: ModuleNotFoundError.
import sys
print(len(sys.argv))
import definitely_not_a_real_module
